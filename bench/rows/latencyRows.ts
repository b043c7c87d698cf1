import { benchFile, fmt, type BenchRow, type Row } from '../benchRow';
import { latencyFigures, measureLatency, type LatencyResult } from '../measureLatency';
import { measureRawWs } from '../measureRawWs';
import { measureSocketIo } from '../measureSocketIo';
import { stageMeaning, stages } from '../stageBreakdown';

const plural = (n: number) => `${n} Node client${n > 1 ? 's' : ''}`;
const ms = (r: { p50: number; p99: number }) => `p50 ${r.p50.toFixed(2)} ms / p99 ${r.p99.toFixed(2)} ms`;

/**
 * Commit → replica over WebSocket beside the raw `ws` floor and the socket.io 4 peer, all measured the same way in
 * the same run, then a second Switchboard run with every stage stamped: where the time above the floor goes.
 */
export const latencyRows: BenchRow = {
  name: 'latency',
  async run() {
    const rate = Number(process.env.BENCH_RATE ?? 1000);
    const seconds = Number(process.env.BENCH_SECONDS ?? 5);
    const counts = [1, 8];
    const floor = await measureRawWs(benchFile('rawWsWorker.js'), counts, rate, seconds);
    const peer = await measureSocketIo(benchFile('socketIoWorker.js'), counts, rate, seconds);
    const measured = await measureLatency(benchFile('hostWorker.js'), counts, rate, seconds);
    const probed = await measureLatency(benchFile('hostWorker.js'), counts, rate, seconds, true);
    const floorOf = (r: LatencyResult) => floor.find((x) => x.clients === r.clients)!;
    const versus = (r: LatencyResult) => {
      const f = floorOf(r);
      return `p50 +${(r.p50 - f.p50).toFixed(2)} ms, p99 ${(r.p99 / f.p99).toFixed(1)}x floor`;
    };
    const rows: Row[] = floor.map((r) => ({
      measure: `floor: raw ws, one ~150-byte JSON event per frame, ${plural(r.clients)} @ ${fmt(r.rate)} ev/s`,
      switchboard: ms(r),
      baseline: `max ${r.max.toFixed(2)} ms`,
      target: 'the floor',
      values: latencyFigures(r),
    }));
    for (const r of peer) {
      rows.push({
        measure: `peer: socket.io 4 (websocket transport), same event, ${plural(r.clients)} @ ${fmt(r.rate)} ev/s`,
        switchboard: ms(r),
        baseline: `max ${r.max.toFixed(2)} ms`,
        ratio: versus(r),
        target: 'the peer',
        values: { ...latencyFigures(r), floorP50: floorOf(r).p50, floorP99: floorOf(r).p99 },
      });
    }
    for (const r of measured) {
      const p = peer.find((x) => x.clients === r.clients)!;
      rows.push({
        measure: `commit→replica latency, WebSocket, ${plural(r.clients)} @ ${fmt(r.rate)} ev/s (${fmt(r.events)} samples)`,
        switchboard: ms(r),
        baseline: `max ${r.max.toFixed(2)} ms; socket.io p99 ${(r.p99 / p.p99).toFixed(1)}x`,
        ratio: versus(r),
        target: 'p50 ≤ floor + 0.15 ms, p99 ≤ 1.5x floor',
        values: { ...latencyFigures(r), floorP50: floorOf(r).p50, floorP99: floorOf(r).p99, peerP50: p.p50, peerP99: p.p99 },
      });
    }
    for (const r of probed) {
      rows.push({
        measure: `breakdown run (every stage stamped), ${plural(r.clients)}: commit→replica`,
        switchboard: ms(r),
        baseline: 'stamps cost a little',
        target: 'reported',
        values: { p50: r.p50, p99: r.p99 },
      });
    }
    for (const stage of stages) {
      const cells = probed.map((r) => `${r.clients}: ${ms(r.stages![stage])}`);
      rows.push({
        measure: `  stage ${stage}: ${stageMeaning[stage]}`,
        switchboard: cells.join('; '),
        target: 'reported',
        values: Object.fromEntries(probed.flatMap((r) => [[`p50x${r.clients}`, r.stages![stage].p50], [`p99x${r.clients}`, r.stages![stage].p99]])),
      });
    }
    return rows;
  },
};
