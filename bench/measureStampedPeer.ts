/**
 * Latency of a peer or floor server on its own thread (bench/rawWsWorker, bench/socketIoWorker): the server stamps
 * each event just before it goes out, N Node clients stamp it once their handler has the parsed event.
 */
import { Worker } from 'node:worker_threads';
import { percentile } from './benchRow';
import type { LatencyResult } from './measureLatency';
import { answerOf } from './support/workerAnswer';

/** Opens one client of the peer on `port`; `onEvent` gets each parsed event. */
export type OpenPeerClient = (port: number, onEvent: (event: { at: number }) => void) => Promise<{ close(): void }>;

export async function measureStampedPeer(workerUrl: URL, open: OpenPeerClient, clientCounts: number[], rate: number, seconds: number): Promise<LatencyResult[]> {
  const worker = new Worker(workerUrl);
  const next = (kind: string) => answerOf(worker, kind);
  const { port } = (await next('ready')) as { port: number };
  const results: LatencyResult[] = [];
  for (const count of clientCounts) {
    const latencies: number[] = [];
    const onEvent = (event: { at: number }) => latencies.push(performance.timeOrigin + performance.now() - event.at);
    const clients = await Promise.all(Array.from({ length: count }, () => open(port, onEvent)));
    worker.postMessage({ kind: 'run', rate, seconds });
    await next('done');
    await new Promise((resolve) => setTimeout(resolve, 200));
    clients.forEach((c) => c.close());
    const sorted = latencies.sort((a, b) => a - b);
    results.push({ clients: count, rate, events: sorted.length, p50: percentile(sorted, 0.5), p99: percentile(sorted, 0.99), max: sorted.at(-1) ?? NaN });
  }
  worker.postMessage({ kind: 'stop' });
  await next('stopped');
  await worker.terminate();
  return results;
}
