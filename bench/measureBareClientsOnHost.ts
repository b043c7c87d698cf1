/**
 * Splits commit → replica between the host and the window: Switchboard's host (bench/hostWorker, the same commits
 * as the latency rows) sending to bare protocol clients that do what the floor's clients do and no more (parse the
 * frame, stamp each event), plus what the host needs to keep sending (hello, sign-in, one subscription, an ack per
 * half window). Against the floor, it is the host's share; against the sync client's row, the client's.
 */
import type { ServerFrame } from '../src/shared/contract';
import { percentile } from './benchRow';
import type { LatencyResult } from './measureLatency';
import { startHostWorker } from './startHostWorker';

interface BareClient {
  /** The highest seq this client has seen. */
  readonly seq: number;
  close(): void;
}

async function openBareClient(port: number, launchKey: string, onEvent: (seq: number, at: number) => void): Promise<BareClient> {
  const socket = new WebSocket(`ws://127.0.0.1:${port}/ws?launch=${launchKey}`);
  let seq = 0;
  let ackEvery = 1;
  const answers = new Map<number, () => void>();
  const request = (id: number, frame: Record<string, unknown>) =>
    new Promise<void>((resolve) => {
      answers.set(id, resolve);
      socket.send(JSON.stringify({ ...frame, id }));
    });
  const welcomed = new Promise<void>((resolve) => {
    socket.onmessage = (message) => {
      const frame = JSON.parse(String(message.data)) as ServerFrame;
      if (frame.kind === 'delta') {
        const at = performance.timeOrigin + performance.now();
        for (const event of frame.events) onEvent(event.seq, at);
        seq = Math.max(seq, frame.upTo);
        if (frame.batch % ackEvery === 0) socket.send(JSON.stringify({ kind: 'ack', batch: frame.batch }));
      } else if (frame.kind === 'welcome') {
        ackEvery = Math.max(1, Math.floor((frame.window ?? 1) / 2));
        resolve();
      } else if ((frame.kind === 'result' || frame.kind === 'error') && frame.id !== undefined) {
        answers.get(frame.id)?.();
        answers.delete(frame.id);
      }
    };
  });
  await new Promise((resolve) => (socket.onopen = resolve));
  socket.send(JSON.stringify({ kind: 'hello' }));
  await welcomed;
  await request(1, { kind: 'command', name: 'session.signIn', input: { user: 'bob' } });
  await request(2, { kind: 'subscribe', topics: [{ topic: 'agents:updates:acme' }] });
  return {
    get seq() {
      return seq;
    },
    close: () => socket.close(),
  };
}

export async function measureBareClientsOnHost(workerUrl: URL, clientCounts: number[], rate: number, seconds: number): Promise<LatencyResult[]> {
  const commitTimes = new Float64Array(new SharedArrayBuffer(8 * (rate * seconds * clientCounts.length + 10_000)));
  const host = startHostWorker(workerUrl, commitTimes);
  const { port, launchKey } = (await host.next('ready')) as { port: number; launchKey: string };
  const results: LatencyResult[] = [];
  for (const count of clientCounts) {
    const latencies: number[] = [];
    const onEvent = (seq: number, at: number) => void (commitTimes[seq] && latencies.push(at - commitTimes[seq]!));
    const clients: BareClient[] = [];
    for (let i = 0; i < count; i++) clients.push(await openBareClient(port, launchKey, onEvent));
    host.worker.postMessage({ kind: 'run', rate, seconds });
    const { head } = (await host.next('done')) as { head: number };
    const deadline = Date.now() + 5000;
    while (clients.some((c) => c.seq < head) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
    clients.forEach((c) => c.close());
    const sorted = latencies.sort((a, b) => a - b);
    results.push({ clients: count, rate, events: sorted.length, p50: percentile(sorted, 0.5), p99: percentile(sorted, 0.99), max: sorted.at(-1) ?? NaN });
  }
  await host.stop();
  return results;
}
