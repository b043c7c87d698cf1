import { benchFile, fmt, type BenchRow, type Row } from '../benchRow';
import { measureLatency } from '../measureLatency';
import { measureRawWs } from '../measureRawWs';

/** Commit → replica over WebSocket beside the raw `ws` floor, measured the same way in the same run. */
export const latencyRows: BenchRow = {
  name: 'latency',
  async run() {
    const rate = Number(process.env.BENCH_RATE ?? 1000);
    const seconds = Number(process.env.BENCH_SECONDS ?? 5);
    const floor = await measureRawWs(benchFile('rawWsWorker.js'), [1, 8], rate, seconds);
    const measured = await measureLatency(benchFile('hostWorker.js'), [1, 8], rate, seconds);
    const rows: Row[] = floor.map((r) => ({
      measure: `floor: raw ws, one ~150-byte JSON event per frame, ${r.clients} Node client${r.clients > 1 ? 's' : ''} @ ${fmt(r.rate)} ev/s`,
      switchboard: `p50 ${r.p50.toFixed(2)} ms / p99 ${r.p99.toFixed(2)} ms`,
      baseline: `max ${r.max.toFixed(2)} ms`,
      target: 'the floor',
      values: { ...r },
    }));
    for (const r of measured) {
      const f = floor.find((x) => x.clients === r.clients)!;
      rows.push({
        measure: `commit→replica latency, WebSocket, ${r.clients} client${r.clients > 1 ? 's' : ''} @ ${fmt(r.rate)} ev/s (${fmt(r.events)} samples)`,
        switchboard: `p50 ${r.p50.toFixed(2)} ms / p99 ${r.p99.toFixed(2)} ms`,
        baseline: `max ${r.max.toFixed(2)} ms`,
        ratio: `p50 +${(r.p50 - f.p50).toFixed(2)} ms, p99 ${(r.p99 / f.p99).toFixed(1)}x floor`,
        target: 'p50 ≤ floor + 0.15 ms, p99 ≤ 1.5x floor',
        values: { ...r, floorP50: f.p50, floorP99: f.p99 },
      });
    }
    return rows;
  },
};
