/** The organization's sources, each with its latest scrape's status and a Start button (busy while starting or while one runs). */
import type { Scrape, Source } from '../../../../shared/contract';
import { useStore } from '../../stores/useStore';
import { WriteButton } from '../connection';
import { isActive } from './scrapesReducer';
import { scrapesStore } from './scrapesStore';
import { scrapeStatusLabels } from './scrapeText';

interface Props {
  sources: readonly Source[];
  scrapes: readonly Scrape[];
  onShow(scrapeId: number): void;
}

export function SourcesList({ sources, scrapes, onShow }: Props) {
  const start = useStore(scrapesStore, (s) => s.start);
  const pending = useStore(scrapesStore, (s) => s.pending);
  return (
    <ul className="scrape-sources" data-testid="sources">
      {sources.map((source) => {
        const latest = scrapes.find((s) => s.sourceId === source.id);
        const starting = pending[`source:${source.id}`] === true;
        const running = latest !== undefined && isActive(latest);
        return (
          <li key={source.id} className="scrape-source" data-testid="source" data-source-id={source.id}>
            <div className="scrape-source-text">
              <span className="scrape-source-name" data-testid="source-name-text">
                {source.name}
              </span>
              <span className="scrape-source-url muted" title={source.url}>
                {source.url}
              </span>
            </div>
            {latest && (
              <button type="button" className="button button-quiet scrape-status" data-status={latest.status} onClick={() => onShow(latest.id)} data-testid="source-latest">
                {scrapeStatusLabels[latest.status]} #{latest.id}
              </button>
            )}
            <WriteButton
              className="button"
              disabled={starting || running}
              aria-busy={starting || undefined}
              title={running ? 'A scrape of this source is under way' : undefined}
              onClick={() => void start(source.id).then((scrape) => scrape && onShow(scrape.id))}
              data-testid="source-start"
            >
              Start scrape
            </WriteButton>
          </li>
        );
      })}
    </ul>
  );
}
