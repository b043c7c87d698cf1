/** How a scrape's progress reads: status words, pages "3 / 20", rate "120 cases/s", ETA "about 12 s left". Pure. */
import type { Scrape, ScrapeStatus } from '../../../../shared/contract';
import { formatDuration } from '../runs';

export const scrapeStatusLabels: Readonly<Record<ScrapeStatus, string>> = {
  queued: 'Queued',
  running: 'Running',
  completed: 'Completed',
  failed: 'Failed',
  cancelled: 'Cancelled',
};

/** Done as a percentage: pages done of the total when the register says it, 100 once completed, else unknown. */
export function scrapePercent(scrape: Scrape): number | undefined {
  if (scrape.status === 'completed') return 100;
  if (scrape.pagesTotal === null || scrape.pagesTotal <= 0) return undefined;
  return (100 * Math.min(scrape.pagesDone, scrape.pagesTotal)) / scrape.pagesTotal;
}

export const describePages = (scrape: Scrape) => (scrape.pagesTotal === null ? `${scrape.pagesDone} pages` : `${scrape.pagesDone} / ${scrape.pagesTotal} pages`);

export const describeRate = (rate: number | null) => (rate === null ? '–' : `${rate >= 10 ? Math.round(rate).toLocaleString('en-GB') : rate.toFixed(1)} cases/s`);

export function describeEta(scrape: Scrape): string {
  if (scrape.status !== 'running') return scrape.status === 'queued' ? 'waiting to start' : 'done';
  return scrape.etaSeconds === null ? 'ETA unknown' : `about ${formatDuration(scrape.etaSeconds * 1000)} left`;
}

/** How long it has been running (or ran), ms; null before it started. */
export function scrapeElapsed(scrape: Scrape, now: number): number | null {
  if (!scrape.startedAt) return null;
  const end = scrape.finishedAt ? Date.parse(scrape.finishedAt) : now;
  return Math.max(0, end - Date.parse(scrape.startedAt));
}
