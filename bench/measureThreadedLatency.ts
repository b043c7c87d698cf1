/**
 * Commit-to-client latency with every client on a thread of its own (bench/latencyClientWorker), for the raw `ws`
 * floor, the socket.io peer and Switchboard alike: N windows are N renderer processes, so one client's frame
 * handling never waits behind another's, as it does when N clients share the bench's main thread.
 */
import { Worker } from 'node:worker_threads';
import { percentile } from './benchRow';
import type { ClientFinished, ClientKind, ClientSetup } from './latencyClientWorker';
import type { LatencyResult } from './measureLatency';
import { answerOf } from './support/workerAnswer';

/**
 * `serverUrl` is a server worker that answers `ready` with its port (and launch key), runs `{ kind: 'run', rate,
 * seconds }` until `done` (with the head for Switchboard) and stops on `stop`.
 */
export async function measureThreadedLatency(
  kind: ClientKind,
  serverUrl: URL,
  clientUrl: URL,
  clientCounts: number[],
  rate: number,
  seconds: number,
): Promise<LatencyResult[]> {
  const commitTimes = kind === 'switchboard' ? new Float64Array(new SharedArrayBuffer(8 * (rate * seconds * clientCounts.length + 10_000))) : undefined;
  const server = new Worker(serverUrl, { workerData: { commitTimes } });
  const { port, launchKey } = (await answerOf(server, 'ready')) as { port: number; launchKey?: string };
  const results: LatencyResult[] = [];
  try {
    for (const count of clientCounts) {
      const setup: ClientSetup = { kind, port, launchKey, commitTimes };
      // One at a time, as windows open: a host numbers its connections in order.
      const clients: Worker[] = [];
      for (let i = 0; i < count; i++) {
        const client = new Worker(clientUrl, { workerData: setup });
        await answerOf(client, 'ready');
        clients.push(client);
      }
      server.postMessage({ kind: 'run', rate, seconds });
      const { head } = (await answerOf(server, 'done')) as { head?: number };
      const finished = await Promise.all(
        clients.map(async (client) => {
          const answer = answerOf(client, 'latencies');
          client.postMessage({ kind: 'finish', head: head ?? 0 });
          const done = (await answer) as unknown as ClientFinished;
          await client.terminate();
          return done;
        }),
      );
      if (head !== undefined && finished.some((f) => f.seq < head)) throw new Error(`a ${kind} client did not reach seq ${head} within 5 s`);
      const sorted = finished.flatMap((f) => [...f.latencies]).sort((a, b) => a - b);
      results.push({ clients: count, rate, events: sorted.length, p50: percentile(sorted, 0.5), p99: percentile(sorted, 0.99), max: sorted.at(-1) ?? NaN });
    }
  } finally {
    const stopped = answerOf(server, 'stopped');
    server.postMessage({ kind: 'stop' });
    await stopped;
    await server.terminate();
  }
  return results;
}
