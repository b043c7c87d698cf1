/**
 * The `#/scrape` window under a stream of syncs: a host ingests a fixture register, then re-syncs it at `rate`
 * cases/s (the scrape's own rate limit, pages of `perPage`) with every fine changed, while a bare Chromium page of
 * the real app shows the recently synced table. Measured: the table's painted updates per refetch window, and the
 * staleness of each row shown with its new fine (its sync's commit → the page's DOM showing it).
 */
import { join } from 'node:path';
import { benchFile, percentile } from './benchRow';
import { watchRecentCases, type RecentCasesWatch } from './pages/watchRecentCases';
import { launchBareChromium } from './support/bareChromium';
import { startCasesHost } from './support/casesHost';

export interface CasesWindowResult {
  cases: number;
  syncsPerSec: number;
  seconds: number;
  updates: number;
  updatesPerWindow: number;
  /** The shortest gap between two painted updates (the window allows one per 2 s, give or take a timer's jitter). */
  minGapMs: number;
  rowsTimed: number;
  stalenessP50: number;
  stalenessP99: number;
  stalenessMax: number;
}

/** The Scrape view's default refetch window (DEFAULT_REFETCH_WINDOW_MS). */
const WINDOW_MS = 2000;
const FINE_BASE = 900_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const amount = (text: string) => Number(text.replace(/[^\d.]/g, ''));

export async function measureCasesWindow(root: string, cases = 10_000, rate = 1000, perPage = 100): Promise<CasesWindowResult> {
  const pages = Math.ceil(cases / perPage);
  const host = await startCasesHost(benchFile('casesHostWorker.js'), {
    rendererDir: join(root, 'out', 'renderer'),
    pages,
    perPage,
    requestsPerSecond: rate / perPage,
    parseThread: benchFile('parseThread.js').href,
  });
  const chromium = await launchBareChromium();
  try {
    await host.ask({ kind: 'ingest' }, 'ingested');
    const page = await chromium.open(`${host.url}#/scrape`);
    await page.waitFor(`document.querySelector('[data-testid=recent-cases]')?.dataset.status === 'live'`).catch(async (error: unknown) => {
      throw new Error(`${String(error)}; the page reads: ${await page.evaluate<string>('document.body.innerText.slice(0, 400)')}`);
    });
    await page.evaluate(`(${watchRecentCases.toString()})()`);
    const resync = await host.ask<{ seconds: number; committed: [string, number, number | null][] }>({ kind: 'resync', fineBase: FINE_BASE }, 'resynced');
    const end = performance.timeOrigin + performance.now();
    await sleep(WINDOW_MS + 1000); // the trailing update of the last window
    const watch = await page.evaluate<RecentCasesWatch>('window.recentCasesWatch');
    await page.close();

    const commits = new Map(resync.committed.map(([reference, at, fine]) => [reference, { at, fine }]));
    const staleness: number[] = [];
    for (const [reference, fine, at] of watch.seen) {
      const commit = commits.get(reference);
      if (commit && commit.fine !== null && commit.fine >= FINE_BASE && amount(fine) === commit.fine) staleness.push(at - commit.at);
    }
    staleness.sort((a, b) => a - b);
    const start = Math.min(...resync.committed.map(([, at]) => at));
    const updates = watch.updates.filter((at) => at >= start && at <= end + WINDOW_MS);
    const minGapMs = Math.min(...updates.slice(1).map((at, i) => at - updates[i]!));
    return {
      cases: resync.committed.length,
      syncsPerSec: resync.committed.length / resync.seconds,
      seconds: resync.seconds,
      updates: updates.length,
      updatesPerWindow: updates.length / ((end - start + WINDOW_MS) / WINDOW_MS),
      minGapMs,
      rowsTimed: staleness.length,
      stalenessP50: percentile(staleness, 0.5),
      stalenessP99: percentile(staleness, 0.99),
      stalenessMax: staleness.at(-1) ?? NaN,
    };
  } finally {
    await chromium.close();
    await host.stop();
  }
}
