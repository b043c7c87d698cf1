import { benchFile, fmt, type BenchRow, type Row } from '../benchRow';
import { measureMemory } from '../measureMemory';

/** What windows cost the host in memory: idle, streaming, and with one frozen window. */
export const memoryRows: BenchRow = {
  name: 'memory',
  async run() {
    const r = await measureMemory(benchFile('windowHostWorker.js'), 50, 10_000, Number(process.env.BENCH_SECONDS ?? 5));
    const mib = (n: number) => `${n.toFixed(1)} MiB`;
    const rows: Row[] = [
      {
        measure: `host RSS with ${r.windows} windows (protocol clients on the agents view) idle`,
        switchboard: mib(r.idleMiB),
        baseline: `${mib(r.baseMiB)} with no window`,
        ratio: `${r.perWindowKiB.toFixed(0)} KiB per window`,
        target: 'reported',
        values: { baseMiB: r.baseMiB, idleMiB: r.idleMiB, perWindowKiB: r.perWindowKiB },
      },
      {
        measure: `host RSS with ${r.windows} windows under ${fmt(r.rate)} ev/s (peak)`,
        switchboard: mib(r.streamingMiB),
        baseline: `${mib(r.idleMiB)} idle`,
        ratio: `+${mib(r.streamingMiB - r.idleMiB)}`,
        target: 'reported',
        values: { streamingMiB: r.streamingMiB },
      },
      {
        measure: `… plus one frozen window (never acknowledges) under ${fmt(r.rate)} ev/s for ${r.frozenSeconds} s (peak)`,
        switchboard: mib(r.frozenMiB),
        baseline: `${mib(r.streamingMiB)} without it`,
        ratio: `+${mib(r.frozenMiB - r.streamingMiB)}; largest outbox ${fmt(r.frozenMaxQueued)} events (sampled), ${r.frozenResyncs} resyncs told to ${r.resyncedWindows} window(s)`,
        target: 'bounded by the outbox caps (50k events / 32 MiB)',
        values: { frozenMiB: r.frozenMiB, frozenMaxQueued: r.frozenMaxQueued, frozenResyncs: r.frozenResyncs, resyncedWindows: r.resyncedWindows },
      },
    ];
    return rows;
  },
};
