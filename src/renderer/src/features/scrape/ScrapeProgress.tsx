/**
 * A scrape as UI.md's progress widget: its status (a polite live region, announced when it changes), the bar with
 * pages done of the total and the percentage, elapsed time and ETA, the counts (created, synced, errors, rate), the
 * skipped rows folded, a failure in full, and Cancel while it still has work ahead.
 */
import type { Scrape } from '../../../../shared/contract';
import { useStore } from '../../stores/useStore';
import { ProgressBar } from '../../ui/progress/ProgressBar';
import { useTick } from '../../ui/time/useTick';
import { WriteButton } from '../connection';
import { formatDuration } from '../runs';
import { isActive } from './scrapesReducer';
import { scrapesStore } from './scrapesStore';
import { describeEta, describePages, describeRate, scrapeElapsed, scrapePercent, scrapeStatusLabels } from './scrapeText';
import { ScrapeErrors } from './ScrapeErrors';

export function ScrapeProgress({ scrape }: { scrape: Scrape }) {
  const now = useTick(scrape.status === 'running');
  const cancel = useStore(scrapesStore, (s) => s.cancel);
  const cancelling = useStore(scrapesStore, (s) => s.pending[`scrape:${scrape.id}`] === true);
  const percent = scrapePercent(scrape);
  const elapsed = scrapeElapsed(scrape, now);
  const eta = describeEta(scrape);
  return (
    <section className="scrape-widget" data-testid="scrape-progress" data-scrape-id={scrape.id} data-status={scrape.status} aria-label={`Scrape #${scrape.id} of ${scrape.sourceName}`}>
      <header className="scrape-widget-header">
        <span className="scrape-widget-title">
          {scrape.sourceName} <span className="muted">#{scrape.id}</span>
        </span>
        <span className="scrape-status" data-status={scrape.status} aria-live="polite" aria-atomic="true" data-testid="scrape-status">
          {scrapeStatusLabels[scrape.status]}
        </span>
        {isActive(scrape) && (
          <WriteButton className="button scrape-cancel" onClick={() => void cancel(scrape.id)} disabled={cancelling} aria-busy={cancelling || undefined} data-testid="scrape-cancel">
            Cancel
          </WriteButton>
        )}
      </header>
      <ProgressBar value={scrape.status === 'queued' ? undefined : percent} label={`Scrape of ${scrape.sourceName}`} valueText={`${describePages(scrape)}, ${eta}`} testId="scrape-bar">
        <span data-testid="scrape-pages">{describePages(scrape)}</span> · {elapsed === null ? 'waiting to start' : `${formatDuration(elapsed)} elapsed`} ·{' '}
        <span data-testid="scrape-eta">{eta}</span>
      </ProgressBar>
      <dl className="scrape-stats">
        <div>
          <dt>Created</dt>
          <dd data-testid="scrape-created">{scrape.casesCreated.toLocaleString('en-GB')}</dd>
        </div>
        <div>
          <dt>Synced</dt>
          <dd data-testid="scrape-synced">{scrape.casesSynced.toLocaleString('en-GB')}</dd>
        </div>
        <div>
          <dt>Errors</dt>
          <dd data-testid="scrape-error-count" data-failed={scrape.errorCount > 0 || undefined}>
            {scrape.errorCount.toLocaleString('en-GB')}
          </dd>
        </div>
        <div>
          <dt>Rate</dt>
          <dd data-testid="scrape-rate">{describeRate(scrape.rate)}</dd>
        </div>
      </dl>
      {scrape.failure && (
        <pre className="scrape-failure" role="alert" data-testid="scrape-failure">
          {scrape.failure}
        </pre>
      )}
      <ScrapeErrors scrape={scrape} />
    </section>
  );
}
