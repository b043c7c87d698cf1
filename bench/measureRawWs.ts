/** Latency of the raw `ws` floor (bench/rawWsWorker): N Node clients stamp each event after parsing it. */
import { Worker } from 'node:worker_threads';
import { percentile } from './benchRow';
import type { LatencyResult } from './measureLatency';

export async function measureRawWs(workerUrl: URL, clientCounts: number[], rate: number, seconds: number): Promise<LatencyResult[]> {
  const worker = new Worker(workerUrl);
  const next = (kind: string) =>
    new Promise<Record<string, unknown>>((resolve) => {
      const on = (m: { kind: string }) => m.kind === kind && (worker.off('message', on), resolve(m as Record<string, unknown>));
      worker.on('message', on);
    });
  const { port } = (await next('ready')) as { port: number };
  const results: LatencyResult[] = [];
  for (const count of clientCounts) {
    const latencies: number[] = [];
    const sockets = await Promise.all(
      Array.from({ length: count }, () => {
        // The global WebSocket, as the sync client under Node uses.
        const socket = new WebSocket(`ws://127.0.0.1:${port}`);
        socket.onmessage = (message) => {
          const event = JSON.parse(String(message.data)) as { at: number };
          latencies.push(performance.timeOrigin + performance.now() - event.at);
        };
        return new Promise<WebSocket>((resolve) => (socket.onopen = () => resolve(socket)));
      }),
    );
    worker.postMessage({ kind: 'run', rate, seconds });
    await next('done');
    await new Promise((resolve) => setTimeout(resolve, 200));
    sockets.forEach((s) => s.close());
    const sorted = latencies.sort((a, b) => a - b);
    results.push({ clients: count, rate, events: sorted.length, p50: percentile(sorted, 0.5), p99: percentile(sorted, 0.99), max: sorted.at(-1) ?? NaN });
  }
  worker.postMessage({ kind: 'stop' });
  await next('stopped');
  await worker.terminate();
  return results;
}
