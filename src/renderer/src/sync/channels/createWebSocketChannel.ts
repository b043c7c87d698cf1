/**
 * The headless host's frame channel: one WebSocket, reconnected with capped exponential backoff and jitter (see
 * createBackoff: a host on this machine is retried at least every 750 ms). After a bounded number of failed
 * attempts, or at once when the OS says the network is gone, it reports Offline and keeps retrying in the
 * background; `retryNow()` and the network coming back try at once. Works in browsers and in Node 22+ (global
 * WebSocket), so benchmarks and tests drive the same client code.
 */
import { fastParse, serverFrameSchema, type ServerFrame } from '../../../../shared/contract';
import { clientStageProbe } from '../clientStageProbe';
import type { ChannelState, FrameChannel } from '../frameChannel';
import { createBackoff, isLoopbackUrl, LOCAL_BACKOFF, type BackoffOptions } from './createBackoff';

export interface WebSocketChannelOptions extends BackoffOptions {
  /** The WebSocket class; the global one unless a test passes a fake. */
  WebSocketImpl?: new (url: string) => WebSocket;
  /** A socket to `url` opened already (the boot's, still connecting): the first attempt, instead of a new one. */
  firstSocket?: WebSocket;
}

interface NetworkEvents {
  addEventListener(type: 'online' | 'offline', listener: () => void): void;
  removeEventListener(type: 'online' | 'offline', listener: () => void): void;
}

/** `WebSocket.OPEN`, spelled out so a test's fake class need not carry the constants. */
const OPEN = 1;

export function createWebSocketChannel(url: string, options: WebSocketChannelOptions = {}): FrameChannel {
  const backoff = createBackoff(isLoopbackUrl(url) ? { ...LOCAL_BACKOFF, ...options } : options);
  const Socket = options.WebSocketImpl ?? WebSocket;
  const frameListeners = new Set<(frame: ServerFrame) => void>();
  const stateListeners = new Set<(state: ChannelState) => void>();
  const network = (globalThis as { window?: NetworkEvents }).window;
  const isOnline = () => (globalThis as { navigator?: { onLine?: boolean } }).navigator?.onLine !== false;
  let state: ChannelState = { status: 'connecting', attempt: 1 };
  let socket: WebSocket | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** Attempts in a row that never opened; a drop of an open socket is not one. */
  let failures = 0;
  let disposed = false;
  let first = options.firstSocket;

  const setState = (next: ChannelState) => {
    state = next;
    stateListeners.forEach((l) => l(next));
  };

  function stopTimer() {
    if (timer) clearTimeout(timer);
    timer = undefined;
  }

  function connect() {
    stopTimer();
    const ws = first ?? new Socket(url);
    first = undefined;
    socket = ws;
    let opened = false;
    ws.onopen = () => {
      if (socket !== ws) return;
      opened = true;
      failures = 0;
      ws.send(JSON.stringify({ kind: 'hello' }));
      setState({ status: 'open', attempt: 0 });
    };
    ws.onmessage = (message) => {
      if (socket !== ws) return;
      clientStageProbe.mark?.('received');
      let parsed;
      try {
        const json: unknown = JSON.parse(String(message.data));
        clientStageProbe.mark?.('parsed');
        parsed = fastParse(serverFrameSchema, json);
      } catch {
        parsed = undefined;
      }
      clientStageProbe.mark?.('checked');
      if (!parsed?.success) {
        console.error('switchboard: dropped a frame that does not match the contract');
        return;
      }
      frameListeners.forEach((l) => l(parsed.data));
    };
    const lost = () => {
      if (socket !== ws) return;
      socket = undefined;
      if (!opened) failures++;
      scheduleReconnect();
    };
    ws.onclose = lost;
    // Node's WebSocket reports a refused connection with `error` and no `close`; browsers send both. Either ends
    // this socket once (the second finds it already replaced).
    ws.onerror = () => {
      // Node's close() on a socket still connecting fires `error` again, synchronously: unhook first, or it recurses.
      ws.onerror = null;
      lost();
      ws.close();
    };
  }

  function scheduleReconnect() {
    if (disposed || timer) return;
    if (!isOnline()) {
      setState({ status: 'offline', attempt: failures });
      return; // the `online` event (or Retry now) reconnects
    }
    // Offline after a bounded number of failures, so the badge stops counting up; the retries go on quietly.
    setState(backoff.isOffline(failures) ? { status: 'offline', attempt: failures } : { status: 'reconnecting', attempt: failures + 1 });
    timer = setTimeout(connect, backoff.delay(failures));
  }

  function dropSocket() {
    const ws = socket;
    socket = undefined;
    ws?.close();
  }

  const onOffline = () => {
    // Chromium keeps a socket "open" for a while after the network goes; drop it so the UI says Offline now.
    dropSocket();
    stopTimer();
    setState({ status: 'offline', attempt: failures });
  };
  const onOnline = () => {
    if (disposed || socket) return;
    connect();
  };
  network?.addEventListener('offline', onOffline);
  network?.addEventListener('online', onOnline);
  connect();

  return {
    get state() {
      return state;
    },
    send(frame) {
      if (!socket || socket.readyState !== OPEN || state.status !== 'open') return false;
      socket.send(JSON.stringify(frame));
      return true;
    },
    onFrame(listener) {
      frameListeners.add(listener);
      return () => frameListeners.delete(listener);
    },
    onState(listener) {
      stateListeners.add(listener);
      return () => stateListeners.delete(listener);
    },
    retryNow() {
      // An attempt in flight is as good as a new one: it fails or opens on its own.
      if (disposed || socket) return;
      setState({ status: 'reconnecting', attempt: failures + 1 });
      connect();
    },
    dispose() {
      disposed = true;
      network?.removeEventListener('offline', onOffline);
      network?.removeEventListener('online', onOnline);
      stopTimer();
      dropSocket();
      frameListeners.clear();
      setState({ status: 'closed', attempt: 0 });
      stateListeners.clear();
    },
  };
}
