/**
 * An in-memory transport pair: the kernel's Transport on one side, the renderer's FrameChannel on the other.
 * Frames are structured-cloned and validated as real transports do. Delivery is queued; `auto` delivers on the
 * next macrotask (like IPC), otherwise the test pumps frames by hand to force interleavings.
 */
import { clientFrameSchema, serverFrameSchema, type ClientFrame, type ServerFrame } from '../../src/shared/contract';
import type { Transport } from '../../src/main/kernel/transport';
import type { ChannelState, FrameChannel } from '../../src/renderer/src/sync/frameChannel';

export interface MemoryPair {
  server: Transport;
  client: FrameChannel;
  /** Delivers queued frames both ways until none are left (or `max` frames). Returns how many moved. */
  pump(max?: number): number;
  /** Delivers one queued frame, chosen from the two directions by `pick` (0 = to server, 1 = to client). */
  step(pick: 0 | 1): boolean;
  readonly pending: { toServer: number; toClient: number };
  /** Drops the connection: queued frames are lost, the server side closes, the client sees `reconnecting`. */
  drop(): void;
  /** Opens a new server-side transport after a drop (the caller connects it to the kernel). */
  reopen(): Transport;
}

export function createMemoryPair(options: { auto?: boolean } = {}): MemoryPair {
  const toServer: ClientFrame[] = [];
  const toClient: ServerFrame[] = [];
  const clientFrames = new Set<(f: ServerFrame) => void>();
  const clientStates = new Set<(s: ChannelState) => void>();
  let serverFrames = new Set<(f: ClientFrame) => void>();
  let serverClose = new Set<() => void>();
  let state: ChannelState = { status: 'open', attempt: 0 };
  let scheduled = false;

  const schedule = () => {
    if (!options.auto || scheduled) return;
    scheduled = true;
    setImmediate(() => {
      scheduled = false;
      pair.pump();
    });
  };

  function makeServer(): Transport {
    serverFrames = new Set();
    serverClose = new Set();
    const frames = serverFrames;
    const closes = serverClose;
    let open = true;
    return {
      send(frame) {
        if (!open) return;
        toClient.push(serverFrameSchema.parse(structuredClone(frame)));
        schedule();
      },
      onFrame(listener) {
        frames.add(listener);
        return () => frames.delete(listener);
      },
      onClose(listener) {
        closes.add(listener);
        return () => closes.delete(listener);
      },
      close() {
        if (!open) return;
        open = false;
        closes.forEach((l) => l());
      },
    };
  }

  let server = makeServer();
  const setState = (next: ChannelState) => {
    state = next;
    clientStates.forEach((l) => l(next));
  };

  const pair: MemoryPair = {
    get server() {
      return server;
    },
    client: {
      get state() {
        return state;
      },
      send(frame) {
        if (state.status !== 'open') return false;
        toServer.push(clientFrameSchema.parse(structuredClone(frame)));
        schedule();
        return true;
      },
      onFrame(listener) {
        clientFrames.add(listener);
        return () => clientFrames.delete(listener);
      },
      onState(listener) {
        clientStates.add(listener);
        return () => clientStates.delete(listener);
      },
      dispose() {
        setState({ status: 'closed', attempt: 0 });
        server.close();
      },
    },
    pump(max = Infinity) {
      let moved = 0;
      while (moved < max && (toServer.length > 0 || toClient.length > 0)) {
        if (toServer.length > 0) pair.step(0);
        else pair.step(1);
        moved++;
      }
      return moved;
    },
    step(pick) {
      if (pick === 0) {
        const frame = toServer.shift();
        if (!frame) return false;
        serverFrames.forEach((l) => l(frame));
      } else {
        const frame = toClient.shift();
        if (!frame) return false;
        clientFrames.forEach((l) => l(frame));
      }
      return true;
    },
    get pending() {
      return { toServer: toServer.length, toClient: toClient.length };
    },
    drop() {
      toServer.length = 0;
      toClient.length = 0;
      server.close();
      setState({ status: 'reconnecting', attempt: 1 });
    },
    reopen() {
      server = makeServer();
      setState({ status: 'open', attempt: 0 });
      // A fresh connection starts with the page's hello, as both real channels do.
      pair.client.send({ kind: 'hello' });
      return server;
    },
  };
  // The page says hello first, as both real channels do.
  pair.client.send({ kind: 'hello' });
  return pair;
}
