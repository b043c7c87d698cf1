import { benchFile, type BenchRow } from '../benchRow';
import { measureReload } from '../measureReload';

/** A window with a big replica reloads during a burst and comes back reconciled: how long it takes. */
export const reloadRows: BenchRow = {
  name: 'reload',
  async run() {
    const results = await measureReload(benchFile('windowHostWorker.js'), 10_000, Number(process.env.BENCH_RELOADS ?? 20), 1000);
    const peer = results[0]!;
    return results.map((r) => ({
      measure: `${r === peer ? 'peer: ' : ''}reload of #/agents with ${r.rows} rows, ${r.burst} events committed over its first 100 ms: to reconciled (snapshot + catch-up), ${r.reloads} reloads`,
      switchboard: `p50 ${r.reconciledP50.toFixed(0)} ms / p99 ${r.reconciledP99.toFixed(0)} ms`,
      baseline: `first frame showing it p50 ${r.paintedP50.toFixed(0)} / p99 ${r.paintedP99.toFixed(0)} ms; p50 steps: boot ${r.bootP50.toFixed(0)} (of which document ready ${r.documentP50.toFixed(0)}), snapshot ${r.snapshotP50.toFixed(0)}, catch-up ${r.catchUpP50.toFixed(0)} ms`,
      ratio: r === peer ? '' : `+${(r.reconciledP50 - peer.reconciledP50).toFixed(0)} ms p50 over the few-row reload`,
      target: r === peer ? 'the fixed cost of a reload' : '< 150 ms',
      values: { ...r },
    }));
  },
};
