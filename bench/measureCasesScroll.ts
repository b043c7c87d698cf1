/**
 * `#/cases` at `cases` cases in a bare Chromium page of the real app (the host ingests a fixture register first):
 * search latency measured in the page (a query typed → its row painted, the 150 ms debounce included), and frame
 * times while scrolling, once top to bottom as a fast fling and once at reading pace (two rows a frame) where pages
 * are fetched as the viewport reaches them.
 */
import { join } from 'node:path';
import { referenceOf } from '../test/support/fixtureRegister';
import { benchFile, percentile } from './benchRow';
import { buildFloorPage, scrollCases, timeSearch, type ScrollRun } from './pages/casesPageProbes';
import { launchBareChromium, type BarePage } from './support/bareChromium';
import { startCasesHost } from './support/casesHost';

export interface FrameFigures {
  frames: number;
  seconds: number;
  reachedEnd: boolean;
  p50: number;
  p99: number;
  /** Frames that missed a vsync (over 16.7 ms by more than jitter: > 20 ms). */
  over16: number;
  over50: number;
  longTasks: number;
  longestTask: number;
}

export interface CasesScrollResult {
  cases: number;
  ingestSeconds: number;
  searches: number;
  searchP50: number;
  searchP99: number;
  fling: FrameFigures;
  reading: FrameFigures;
  /** The same fling over a static page that runs no script, in the same browser: what the machine allows. */
  floor: FrameFigures;
}

const figures = (run: ScrollRun): FrameFigures => {
  const sorted = [...run.frames].sort((a, b) => a - b);
  return {
    frames: run.frames.length,
    seconds: run.seconds,
    reachedEnd: run.reachedEnd,
    p50: percentile(sorted, 0.5),
    p99: percentile(sorted, 0.99),
    over16: run.frames.filter((f) => f > 20).length,
    over50: run.frames.filter((f) => f > 50).length,
    longTasks: run.longTasks.length,
    longestTask: Math.max(0, ...run.longTasks),
  };
};

const total = (page: BarePage) => page.evaluate<string>(`document.querySelector('[data-testid=cases-total]')?.textContent ?? ''`);

export async function measureCasesScroll(root: string, cases = 100_000, searches = 40): Promise<CasesScrollResult> {
  const perPage = 1000;
  const pages = Math.ceil(cases / perPage);
  const host = await startCasesHost(benchFile('casesHostWorker.js'), {
    rendererDir: join(root, 'out', 'renderer'),
    pages,
    perPage,
    requestsPerSecond: 0,
    parseThread: benchFile('parseThread.js').href,
  });
  const chromium = await launchBareChromium();
  try {
    const { seconds: ingestSeconds } = await host.ask<{ seconds: number }>({ kind: 'ingest' }, 'ingested');
    const page = await chromium.open(`${host.url}#/cases`);
    const all = `${(pages * perPage).toLocaleString('en-GB')} cases`;
    await page.waitFor(`document.querySelector('[data-testid=cases-total]')?.textContent === ${JSON.stringify(all)}`, 60_000);
    await page.waitFor(`document.querySelectorAll('[data-testid=case-row]').length > 0`);

    // Scrolling first, over the whole table; then back to the top at reading pace.
    const flingStep = Math.ceil((pages * perPage * 30) / 600);
    const fling = await page.evaluate<ScrollRun>(`(${scrollCases.toString()})(${flingStep}, 1200)`);
    await page.evaluate(`document.querySelector('.cases-table .ui-table-scroll').scrollTop = 0`);
    await page.waitFor(`document.querySelector('[data-testid=case-row]')?.getAttribute('data-row-index') === '0'`);
    const reading = await page.evaluate<ScrollRun>(`(${scrollCases.toString()})(60, 600)`);

    // Searches: a reference, or an offender's name, each matching exactly one case (rows 101–999 avoid prefixes).
    const samples: number[] = [];
    for (let i = 0; i < searches; i++) {
      const p = 1 + ((i * 37) % pages);
      const r = 101 + ((i * 211) % 899);
      const reference = referenceOf(p, r);
      const query = i % 2 === 0 ? reference : `Offender ${p}-${r}`;
      const ms = await page.evaluate<number>(`(${timeSearch.toString()})(${JSON.stringify(query)}, ${JSON.stringify(reference)})`);
      if (ms < 0) throw new Error(`cases scroll bench: the search for "${query}" never showed ${reference} (total: ${await total(page)})`);
      samples.push(ms);
    }
    samples.sort((a, b) => a - b);
    await page.close();

    const blank = await chromium.open('about:blank');
    await blank.evaluate(`(${buildFloorPage.toString()})(${pages * perPage * 30}, 60)`);
    const floor = await blank.evaluate<ScrollRun>(`(${scrollCases.toString()})(${flingStep}, 1200)`);
    await blank.close();
    return {
      cases: pages * perPage,
      ingestSeconds,
      searches,
      searchP50: percentile(samples, 0.5),
      searchP99: percentile(samples, 0.99),
      fling: figures(fling),
      reading: figures(reading),
      floor: figures(floor),
    };
  } finally {
    await chromium.close();
    await host.stop();
  }
}
