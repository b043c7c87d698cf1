/**
 * Commit-to-replica latency over the WebSocket transport: a host on its own thread commits at a steady rate and
 * stamps each seq's commit time in shared memory; N sync clients (the renderer's own code) apply the deltas to
 * their replicas, and each event's latency is taken once its batch is applied. With `breakdown`, both sides stamp
 * every stage too (bench/stageBreakdown), in a run of its own.
 */
import { clientStageProbe } from '../src/renderer/src/sync/clientStageProbe';
import { percentile } from './benchRow';
import { createStageSamples, PROBED_CLIENTS, stageTimesArray, type Stage, type TailSummary } from './stageBreakdown';
import { watchGcPauses } from './support/gcPauses';
import { startHostWorker } from './startHostWorker';
import { openLiveAgentsClient, type LiveAgentsClient } from './support/liveAgentsClient';

export interface LatencyResult {
  clients: number;
  rate: number;
  events: number;
  p50: number;
  p99: number;
  max: number;
  /** Per-stage p50/p99 (ms), in breakdown runs only. */
  stages?: Record<Stage, { p50: number; p99: number; samples: number }>;
  /** Where the slowest 1% went, in breakdown runs only. */
  tail?: TailSummary;
}

/** A result's plain figures (no stage breakdown), as the JSON results record them. */
export const latencyFigures = ({ clients, rate, events, p50, p99, max }: LatencyResult) => ({ clients, rate, events, p50, p99, max });

export async function measureLatency(workerUrl: URL, clientCounts: number[], rate: number, seconds: number, breakdown = false): Promise<LatencyResult[]> {
  const seqs = rate * seconds * clientCounts.length + 10_000;
  const commitTimes = new Float64Array(new SharedArrayBuffer(8 * seqs));
  const stageTimes = breakdown ? stageTimesArray(seqs) : undefined;
  if (breakdown && Math.max(...clientCounts) > PROBED_CLIENTS) throw new Error(`a breakdown tells at most ${PROBED_CLIENTS} clients apart`);
  const host = startHostWorker(workerUrl, commitTimes, stageTimes ? { stageTimes } : {});
  const { next, worker } = host;
  const { port, launchKey } = (await next('ready')) as { port: number; launchKey: string };
  const results: LatencyResult[] = [];
  for (const count of clientCounts) {
    const latencies: number[] = [];
    const samples = stageTimes ? createStageSamples(stageTimes) : undefined;
    clientStageProbe.mark = samples?.mark;
    worker.postMessage({ kind: 'probeReset' });
    await next('probeReset');
    const clientPauses = samples ? watchGcPauses() : undefined;
    const clients: LiveAgentsClient[] = [];
    // One at a time, so the host numbers their sockets in this order (the breakdown's client slots).
    for (let slot = 0; slot < count; slot++) {
      const client = await openLiveAgentsClient(port, launchKey, (events, at) => {
        samples?.applied(slot, events);
        for (const e of events) if (commitTimes[e.seq]) latencies.push(at - commitTimes[e.seq]!);
      });
      clients.push(client);
    }
    worker.postMessage({ kind: 'run', rate, seconds });
    const { head } = (await next('done')) as { head: number };
    await Promise.all(clients.map((client) => client.reach(head)));
    clients.forEach((client) => client.dispose());
    clientStageProbe.mark = undefined;
    let tail: TailSummary | undefined;
    if (samples && clientPauses) {
      worker.postMessage({ kind: 'gcPauses' });
      const { pauses } = (await next('gcPauses')) as { pauses: number[] };
      tail = samples.tail({ host: pauses, clients: clientPauses.take() });
      clientPauses.stop();
    }
    const sorted = latencies.sort((a, b) => a - b);
    results.push({
      clients: count,
      rate,
      events: sorted.length,
      p50: percentile(sorted, 0.5),
      p99: percentile(sorted, 0.99),
      max: sorted.at(-1) ?? NaN,
      ...(samples ? { stages: samples.summary() } : {}),
      ...(tail ? { tail } : {}),
    });
  }
  await host.stop();
  return results;
}
