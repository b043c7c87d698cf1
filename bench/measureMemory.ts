/**
 * Host memory per window: the host runs in its own process (so its RSS is its own); 50 protocol-level clients stand
 * in for 50 windows on #/agents. To the host each is a window (signed in as bob, subscribed to the agents topic,
 * snapshotted, acknowledging each delta), but it reads only each delta's batch number: 50 full sync clients
 * validating 10k events/s each do not fit beside the host on a 2-core machine, and would fall behind and resync.
 * RSS is read after a GC with no window, with 50 idle, with 50 under 10k events/s, and with one more window that
 * never acknowledges (frozen): the outbox caps bound what it can cost, and it is told to resync instead.
 */
import { defaultOutboxLimits } from '../src/main/kernel/sync/createOutbox';
import { startWindowHost, type WindowHost } from './startWindowHost';

export interface MemoryResult {
  windows: number;
  rate: number;
  baseMiB: number;
  idleMiB: number;
  perWindowKiB: number;
  streamingMiB: number;
  frozenMiB: number;
  /** Long enough for the frozen window's queue to pass the outbox cap. */
  frozenSeconds: number;
  frozenMaxQueued: number;
  frozenResyncs: number;
  /** Windows told to resync at least once by the end (the frozen one, and any other that fell behind). */
  resyncedWindows: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const MiB = 2 ** 20;

async function rss(host: WindowHost) {
  host.post({ kind: 'rss' });
  return (await host.next('rss')) as { bytes: number; windows: number; maxQueued: number; resyncs: number; resynced: number };
}

/** A window as the host sees it; `frozen` never acknowledges a delta. Resolves once its snapshot arrived. */
async function openWindow(url: string, frozen = false): Promise<WebSocket> {
  const socket = new WebSocket(url);
  const snapshotted = new Promise<void>((resolve) => {
    socket.onmessage = (message) => {
      const text = String(message.data);
      if (text.includes('"kind":"result"') && text.includes('"id":3')) resolve();
      if (frozen || !text.startsWith('{"kind":"delta"')) return;
      socket.send(`{"kind":"ack","batch":${/"batch":(\d+)/.exec(text)![1]}}`);
    };
  });
  await new Promise((resolve) => (socket.onopen = resolve));
  socket.send(JSON.stringify({ kind: 'hello' }));
  socket.send(JSON.stringify({ kind: 'command', id: 1, name: 'session.signIn', input: { user: 'bob' } }));
  socket.send(JSON.stringify({ kind: 'subscribe', id: 2, topics: [{ topic: 'agents:updates:acme' }] }));
  socket.send(JSON.stringify({ kind: 'snapshot', id: 3, view: 'agents.list', params: {} }));
  await snapshotted;
  return socket;
}

/** Streams `rate` events/s for `seconds` and answers the host's largest RSS sampled meanwhile. */
async function streamingRss(host: WindowHost, rate: number, seconds: number) {
  host.post({ kind: 'stream', rate, seconds });
  const done = host.next('done');
  let peak = { bytes: 0, windows: 0, maxQueued: 0, resyncs: 0, resynced: 0 };
  let finished = false;
  void done.then(() => (finished = true));
  while (!finished) {
    await sleep(500);
    const sample = await rss(host);
    if (sample.bytes > peak.bytes) peak = { ...sample, maxQueued: Math.max(sample.maxQueued, peak.maxQueued) };
    else peak.maxQueued = Math.max(sample.maxQueued, peak.maxQueued);
  }
  const end = await rss(host);
  return { ...peak, resyncs: end.resyncs, resynced: end.resynced };
}

export async function measureMemory(workerUrl: URL, windows: number, rate: number, seconds: number): Promise<MemoryResult> {
  const host = startWindowHost(workerUrl, { process: true });
  const { port, launchKey } = (await host.next('ready')) as { port: number; launchKey: string };
  const url = `ws://127.0.0.1:${port}/ws?launch=${launchKey}`;
  const clients: WebSocket[] = [];
  try {
    await sleep(1000);
    const base = await rss(host);
    for (let i = 0; i < windows; i++) clients.push(await openWindow(url));
    await sleep(1000);
    const idle = await rss(host);
    const streaming = await streamingRss(host, rate, seconds);
    clients.push(await openWindow(url, true));
    const frozenSeconds = Math.max(seconds, Math.ceil(defaultOutboxLimits.maxQueued / rate) + 2);
    const withFrozen = await streamingRss(host, rate, frozenSeconds);
    return {
      windows,
      rate,
      baseMiB: base.bytes / MiB,
      idleMiB: idle.bytes / MiB,
      perWindowKiB: (idle.bytes - base.bytes) / windows / 1024,
      streamingMiB: streaming.bytes / MiB,
      frozenMiB: withFrozen.bytes / MiB,
      frozenSeconds,
      frozenMaxQueued: withFrozen.maxQueued,
      frozenResyncs: withFrozen.resyncs - streaming.resyncs,
      resyncedWindows: withFrozen.resynced,
    };
  } finally {
    clients.forEach((c) => c.close());
    await host.stop();
  }
}
