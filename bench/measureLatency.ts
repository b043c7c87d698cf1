/**
 * Commit-to-replica latency over the WebSocket transport: a host on its own thread commits at a steady rate and
 * stamps each seq's commit time in shared memory; N sync clients (the renderer's own code) apply the deltas to
 * their replicas, and each event's latency is taken once its batch is applied.
 */
import { createWebSocketChannel } from '../src/renderer/src/sync/channels/createWebSocketChannel';
import { createSyncClient } from '../src/renderer/src/sync/createSyncClient';
import { agentsReducer } from '../src/renderer/src/features/agents/agentsReducer';
import { startHostWorker } from './startHostWorker';

export interface LatencyResult {
  clients: number;
  rate: number;
  events: number;
  p50: number;
  p99: number;
  max: number;
}

import { percentile } from './benchRow';

export async function measureLatency(workerUrl: URL, clientCounts: number[], rate: number, seconds: number): Promise<LatencyResult[]> {
  const commitTimes = new Float64Array(new SharedArrayBuffer(8 * (rate * seconds * clientCounts.length + 10_000)));
  const host = startHostWorker(workerUrl, commitTimes);
  const { next, worker } = host;
  const { port, launchKey } = (await next('ready')) as { port: number; launchKey: string };
  const results: LatencyResult[] = [];
  for (const count of clientCounts) {
    const latencies: number[] = [];
    const clients = await Promise.all(
      Array.from({ length: count }, async () => {
        const channel = createWebSocketChannel(`ws://127.0.0.1:${port}/ws?launch=${launchKey}`);
        const client = createSyncClient(channel);
        await client.signIn('bob');
        const replica = client.watch('agents.list', {}, agentsReducer);
        await new Promise<void>((resolve) => {
          const stop = replica.subscribe((s) => s.status === 'live' && (stop(), resolve()));
        });
        // Registered after the client's own listener, so the batch is already applied when this runs.
        channel.onFrame((frame) => {
          if (frame.kind !== 'delta') return;
          const now = performance.timeOrigin + performance.now();
          for (const e of frame.events) if (commitTimes[e.seq]) latencies.push(now - commitTimes[e.seq]!);
        });
        return { client, replica };
      }),
    );
    worker.postMessage({ kind: 'run', rate, seconds });
    const { head } = (await next('done')) as { head: number };
    const deadline = Date.now() + 5000;
    while (clients.some(({ replica }) => replica.getState().seq < head) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
    clients.forEach(({ client, replica }) => {
      replica.dispose();
      client.dispose();
    });
    const sorted = latencies.sort((a, b) => a - b);
    results.push({ clients: count, rate, events: sorted.length, p50: percentile(sorted, 0.5), p99: percentile(sorted, 0.99), max: sorted.at(-1) ?? NaN });
  }
  await host.stop();
  return results;
}
