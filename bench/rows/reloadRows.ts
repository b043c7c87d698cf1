import { benchFile, type BenchRow } from '../benchRow';
import { measureReload, type ReloadResult } from '../measureReload';

const cpuText = (cpu: ReloadResult['cpu']) =>
  cpu
    ? `; CPU per reload (p50, ms, to that frame over ${cpu.wall.toFixed(0)} ms): renderers ${cpu.renderers.toFixed(0)}, network ${cpu.network.toFixed(0)}, browser and GPU ${cpu.browser.toFixed(0)}, host and driver ${cpu.host.toFixed(0)}`
    : '';

// The JSON figures are flat: the CPU medians go in as `cpu.<kind>`.
function valuesOf({ cpu, ...figures }: ReloadResult): Record<string, number> {
  return { ...figures, ...Object.fromEntries(Object.entries(cpu ?? {}).map(([kind, ms]) => [`cpu.${kind}`, ms])) };
}

/** A window with a big replica reloads during a burst and comes back reconciled: how long it takes. */
export const reloadRows: BenchRow = {
  name: 'reload',
  async run() {
    const { reloads: results, list } = await measureReload(benchFile('windowHostWorker.js'), 10_000, Number(process.env.BENCH_RELOADS ?? 20), 1000);
    const peer = results[0]!;
    const reloads = results.map((r) => ({
      measure: `${r === peer ? 'peer: ' : ''}reload of #/agents with ${r.rows} rows, ${r.burst} events committed over its first 100 ms: to reconciled (snapshot + catch-up), ${r.reloads} reloads`,
      switchboard: `p50 ${r.reconciledP50.toFixed(0)} ms / p99 ${r.reconciledP99.toFixed(0)} ms`,
      baseline: `first frame showing it p50 ${r.paintedP50.toFixed(0)} / p99 ${r.paintedP99.toFixed(0)} ms; p50 steps: boot ${r.bootP50.toFixed(0)} (of which document ready ${r.documentP50.toFixed(0)}), snapshot ${r.snapshotP50.toFixed(0)}, catch-up ${r.catchUpP50.toFixed(0)} ms${cpuText(r.cpu)}`,
      ratio: r === peer ? '' : `+${(r.reconciledP50 - peer.reconciledP50).toFixed(0)} ms p50 over the few-row reload`,
      target: r === peer ? 'the fixed cost of a reload' : '< 150 ms',
      values: valuesOf(r),
    }));
    return [
      ...reloads,
      {
        measure: `host: the ${list.rows.toLocaleString('en-US')}-agent list a snapshot serves (the host's thread is held meanwhile), p50 of 20`,
        switchboard: `kept ${list.kept.toFixed(2)} ms; after 1,000 contacts ${list.afterContacts.toFixed(2)} ms`,
        baseline: `read from the table ${list.table.toFixed(2)} ms`,
        ratio: `after contacts ${(list.table / list.afterContacts).toFixed(0)}x faster than from the table`,
        target: 'reported',
        values: { ...list },
      },
    ];
  },
};
