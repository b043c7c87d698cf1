import { fmt, type BenchRow } from '../benchRow';
import { measureCasesWindow } from '../measureCasesWindow';

export const casesWindowRows: BenchRow = {
  name: 'casesWindow',
  async run() {
    const rate = Number(process.env.BENCH_SYNC_RATE ?? 1000);
    const w = await measureCasesWindow(process.cwd(), Number(process.env.BENCH_WINDOW_CASES ?? 10_000), rate);
    return [
      {
        measure: `#/scrape under ${fmt(rate)} syncs/s (${fmt(w.cases)} syncs in ${w.seconds.toFixed(1)} s, bare Chromium): painted updates per 2 s refetch window`,
        switchboard: `${w.updatesPerWindow.toFixed(2)} per window (${w.updates} in all; shortest gap ${w.minGapMs.toFixed(0)} ms)`,
        baseline: `${fmt(w.syncsPerSec)} syncs/s achieved`,
        target: '<= 1 per window',
        values: { ...w },
      },
      {
        measure: '#/scrape: staleness, a case sync commit → its row shown with the new fine (rows that reached the screen)',
        switchboard: `p50 ${w.stalenessP50.toFixed(0)} ms / p99 ${w.stalenessP99.toFixed(0)} ms (max ${w.stalenessMax.toFixed(0)}; ${w.rowsTimed} rows)`,
        target: 'p99 <= refetch window (2 s) + 1 s',
      },
    ];
  },
};
