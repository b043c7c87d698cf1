import { benchFile, fmt, signed, versus, type BenchRow, type Row } from '../benchRow';
import { measureBareClientsOnHost } from '../measureBareClientsOnHost';
import { latencyFigures, measureLatency, type LatencyResult } from '../measureLatency';
import { measureRawWs } from '../measureRawWs';
import { measureSocketIo } from '../measureSocketIo';
import { measureThreadedLatency } from '../measureThreadedLatency';
import { stageMeaning, stages } from '../stageBreakdown';

const plural = (n: number) => (n > 1 ? `${n} Node clients on one thread` : '1 Node client');
const ms = (r: { p50: number; p99: number }) => `p50 ${r.p50.toFixed(2)} ms / p99 ${r.p99.toFixed(2)} ms`;

/**
 * Commit → replica over WebSocket beside the raw `ws` floor and the socket.io 4 peer, all measured the same way in
 * the same run; the same host with bare clients, which splits the time above the floor between host and client; then
 * a second Switchboard run with every stage stamped: where the time above the floor goes.
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
    // The same host with clients that only parse and stamp: how the time above the floor splits between the two.
    const bare = await measureBareClientsOnHost(benchFile('hostWorker.js'), counts, rate, seconds);
    const probed = await measureLatency(benchFile('hostWorker.js'), counts, rate, seconds, true);
    // The same three with each of 8 clients on a thread of its own, as each window is a process of its own.
    const onThreads = (kind: 'rawWs' | 'socketIo' | 'switchboard', server: string) =>
      measureThreadedLatency(kind, benchFile(server), benchFile('latencyClientWorker.js'), [8], rate, seconds).then(([r]) => r!);
    const threadedFloor = await onThreads('rawWs', 'rawWsWorker.js');
    const threadedPeer = await onThreads('socketIo', 'socketIoWorker.js');
    const threaded = await onThreads('switchboard', 'hostWorker.js');
    const floorOf = (r: LatencyResult) => floor.find((x) => x.clients === r.clients)!;
    const versusFloor = (r: LatencyResult) => versus(r, floorOf(r));
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
        ratio: versusFloor(r),
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
        ratio: versusFloor(r),
        target: 'p50 ≤ floor + 0.15 ms, p99 ≤ 1.5x floor',
        values: { ...latencyFigures(r), floorP50: floorOf(r).p50, floorP99: floorOf(r).p99, peerP50: p.p50, peerP99: p.p99 },
      });
    }
    for (const r of bare) {
      const client = measured.find((x) => x.clients === r.clients)!;
      rows.push({
        measure: `  split: Switchboard's host → bare clients (parse, stamp, ack; no sync client), ${plural(r.clients)}`,
        switchboard: ms(r),
        baseline: `the sync client's row over this: p50 ${signed(client.p50 - r.p50)} ms, p99 ${(client.p99 / r.p99).toFixed(1)}x`,
        ratio: versusFloor(r),
        target: 'reported',
        values: { ...latencyFigures(r), floorP50: floorOf(r).p50, floorP99: floorOf(r).p99, clientP50: client.p50, clientP99: client.p99 },
      });
    }
    const threadedVersus = (r: LatencyResult) => versus(r, threadedFloor);
    const onOwnThreads = `8 Node clients, a thread each @ ${fmt(rate)} ev/s`;
    const threadedFloorFigures = { floorP50: threadedFloor.p50, floorP99: threadedFloor.p99 };
    rows.push(
      {
        measure: `floor: raw ws, same event, ${onOwnThreads}`,
        switchboard: ms(threadedFloor),
        baseline: `max ${threadedFloor.max.toFixed(2)} ms`,
        target: 'the floor',
        values: latencyFigures(threadedFloor),
      },
      {
        measure: `peer: socket.io 4, same event, ${onOwnThreads}`,
        switchboard: ms(threadedPeer),
        baseline: `max ${threadedPeer.max.toFixed(2)} ms`,
        ratio: threadedVersus(threadedPeer),
        target: 'the peer',
        values: { ...latencyFigures(threadedPeer), ...threadedFloorFigures },
      },
      {
        measure: `commit→replica latency, WebSocket, ${onOwnThreads} (${fmt(threaded.events)} samples)`,
        switchboard: ms(threaded),
        baseline: `max ${threaded.max.toFixed(2)} ms; socket.io p99 ${(threaded.p99 / threadedPeer.p99).toFixed(1)}x`,
        ratio: threadedVersus(threaded),
        target: 'p50 ≤ floor + 0.15 ms, p99 ≤ 1.5x floor',
        values: { ...latencyFigures(threaded), ...threadedFloorFigures, peerP50: threadedPeer.p50, peerP99: threadedPeer.p99 },
      },
    );
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
    // The slowest 1%: which stage their time went to, and how many a GC pause held up (on either thread).
    const pct = (x: number) => `${(100 * x).toFixed(0)}%`;
    for (const r of probed) {
      const { stages: spent, heldByGc, gc } = r.tail!;
      const biggest = stages.filter((s) => s !== 'commit').sort((a, b) => spent[b] - spent[a]).slice(0, 3);
      const pauses = (side: 'host' | 'clients') => `${side} ${gc[side].pauses} (p50 ${gc[side].p50.toFixed(2)}, max ${gc[side].max.toFixed(2)} ms)`;
      rows.push({
        measure: `  slowest 1%, ${plural(r.clients)}: mean ms by stage; share a GC pause held up`,
        switchboard: `${biggest.map((s) => `${s} ${spent[s].toFixed(2)}`).join(', ')}; held by the host's GC ${pct(heldByGc.host.slowest)}, the clients' ${pct(heldByGc.clients.slowest)} (of all events: ${pct(heldByGc.host.all)}, ${pct(heldByGc.clients.all)})`,
        baseline: `GC pauses: ${pauses('host')}, ${pauses('clients')}`,
        target: 'reported',
        values: {
          clients: r.clients,
          ...Object.fromEntries(stages.map((s) => [`tail_${s}`, spent[s]])),
          ...Object.fromEntries((['host', 'clients'] as const).flatMap((side) => [
            [`heldByGc_${side}`, heldByGc[side].slowest],
            [`gcPauses_${side}`, gc[side].pauses],
            [`gcP50_${side}`, gc[side].p50],
          ])),
        },
      });
    }
    return rows;
  },
};
