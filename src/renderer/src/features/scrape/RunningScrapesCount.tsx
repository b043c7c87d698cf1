/** The Scrape entry's sidebar count: scrapes queued or running, shown only while there are any. */
import { useStore } from '../../stores/useStore';
import { isActive } from './scrapesReducer';
import { scrapesStore } from './scrapesStore';

export function RunningScrapesCount() {
  const count = useStore(scrapesStore, (s) => s.data?.scrapes.filter(isActive).length ?? 0);
  return (
    <span className="sidebar-count" data-testid="nav-scrape-count" aria-label={count ? `${count} running` : undefined}>
      {count ? count : ''}
    </span>
  );
}
