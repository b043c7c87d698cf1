/**
 * One latency client on a thread of its own, as each window has a renderer process of its own: a raw `ws` or
 * socket.io client of the peer servers (latency from the server's stamp in the event), or the renderer's own sync
 * client against a Switchboard host (latency from the commit stamp of each seq, in shared memory). It says `ready`
 * once connected (and, for Switchboard, live), and on `finish` answers its latencies (ms) and closes.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { io } from 'socket.io-client';
import { openLiveAgentsClient } from './support/liveAgentsClient';

export type ClientKind = 'rawWs' | 'socketIo' | 'switchboard';

export interface ClientSetup {
  kind: ClientKind;
  port: number;
  /** Switchboard only: the host's launch key and its per-seq commit stamps. */
  launchKey?: string;
  commitTimes?: Float64Array;
}

/** What the client answers to `finish`: its latencies, and for Switchboard its replica's seq (0 for the peers). */
export interface ClientFinished {
  kind: 'latencies';
  latencies: Float64Array;
  seq: number;
}

const setup = workerData as ClientSetup;
const latencies: number[] = [];
const now = () => performance.timeOrigin + performance.now();
const stamped = (event: { at: number }) => latencies.push(now() - event.at);

interface Running {
  /** Resolves once the client has everything up to `head` (peers: a short grace for frames in flight). */
  settle(head: number): Promise<number>;
  close(): void;
}

async function openRawWs(): Promise<Running> {
  // The global WebSocket, as the sync client under Node uses.
  const socket = new WebSocket(`ws://127.0.0.1:${setup.port}`);
  socket.onmessage = (message) => stamped(JSON.parse(String(message.data)) as { at: number });
  await new Promise((resolve) => (socket.onopen = resolve));
  return { settle: grace, close: () => socket.close() };
}

async function openSocketIo(): Promise<Running> {
  const socket = io(`http://127.0.0.1:${setup.port}`, { transports: ['websocket'], forceNew: true });
  socket.on('event', stamped);
  await new Promise((resolve) => socket.once('connect', () => resolve(undefined)));
  return { settle: grace, close: () => socket.close() };
}

/** A peer's client has no seq to reach: it waits a moment for frames still in flight. */
const grace = () => new Promise<number>((resolve) => setTimeout(() => resolve(0), 200));

async function openSwitchboard(): Promise<Running> {
  const commitTimes = setup.commitTimes!;
  const client = await openLiveAgentsClient(setup.port, setup.launchKey!, (events, at) => {
    for (const e of events) if (commitTimes[e.seq]) latencies.push(at - commitTimes[e.seq]!);
  });
  return { settle: (head) => client.reach(head), close: () => client.dispose() };
}

const opened = await { rawWs: openRawWs, socketIo: openSocketIo, switchboard: openSwitchboard }[setup.kind]();
parentPort!.postMessage({ kind: 'ready' });
parentPort!.once('message', async (message: { kind: 'finish'; head: number }) => {
  const seq = await opened.settle(message.head);
  opened.close();
  const out = Float64Array.from(latencies);
  parentPort!.postMessage({ kind: 'latencies', latencies: out, seq } satisfies ClientFinished, [out.buffer]);
});
