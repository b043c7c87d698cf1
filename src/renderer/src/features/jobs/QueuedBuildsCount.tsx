/** The Builds entry's sidebar count: jobs waiting for an agent, shown (amber) only while there are any. */
import { useStore } from '../../stores/useStore';
import { queueStore } from './queueStore';
import './builds.css';

export function QueuedBuildsCount() {
  const count = useStore(queueStore, (s) => s.data?.pendingCount);
  return (
    <span className="sidebar-count queued-builds-count" data-testid="nav-builds-count" data-waiting={count ? 'true' : undefined} aria-label={count ? `${count} queued` : undefined}>
      {count ? count : ''}
    </span>
  );
}
