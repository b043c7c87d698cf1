/**
 * The headless host's frame channel: one WebSocket, reconnected with capped exponential backoff and jitter.
 * It reports Offline while the OS says the network is down and retries at once when it returns.
 * Works in browsers and in Node 22+ (global WebSocket), so benchmarks and tests drive the same client code.
 */
import { serverFrameSchema, type ServerFrame } from '../../../../shared/contract';
import type { ChannelState, FrameChannel } from '../frameChannel';

export interface WebSocketChannelOptions {
  initialDelayMs?: number;
  maxDelayMs?: number;
}

interface NetworkEvents {
  addEventListener(type: 'online' | 'offline', listener: () => void): void;
  removeEventListener(type: 'online' | 'offline', listener: () => void): void;
}

export function createWebSocketChannel(url: string, options: WebSocketChannelOptions = {}): FrameChannel {
  const initial = options.initialDelayMs ?? 250;
  const max = options.maxDelayMs ?? 5000;
  const frameListeners = new Set<(frame: ServerFrame) => void>();
  const stateListeners = new Set<(state: ChannelState) => void>();
  const network = (globalThis as { window?: NetworkEvents }).window;
  const isOnline = () => (globalThis as { navigator?: { onLine?: boolean } }).navigator?.onLine !== false;
  let state: ChannelState = { status: 'connecting', attempt: 1 };
  let socket: WebSocket | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let attempt = 0;
  let disposed = false;

  const setState = (next: ChannelState) => {
    state = next;
    stateListeners.forEach((l) => l(next));
  };

  function connect() {
    timer = undefined;
    attempt++;
    const ws = new WebSocket(url);
    socket = ws;
    ws.onopen = () => {
      if (socket !== ws) return;
      attempt = 0;
      ws.send(JSON.stringify({ kind: 'hello' }));
      setState({ status: 'open', attempt: 0 });
    };
    ws.onmessage = (message) => {
      if (socket !== ws) return;
      let parsed;
      try {
        parsed = serverFrameSchema.safeParse(JSON.parse(String(message.data)));
      } catch {
        parsed = undefined;
      }
      if (!parsed?.success) {
        console.error('switchboard: dropped a frame that does not match the contract');
        return;
      }
      frameListeners.forEach((l) => l(parsed.data));
    };
    ws.onclose = () => {
      if (socket !== ws) return;
      socket = undefined;
      scheduleReconnect();
    };
  }

  function scheduleReconnect() {
    if (disposed || timer) return;
    if (!isOnline()) {
      setState({ status: 'offline', attempt });
      return; // the `online` event reconnects
    }
    setState({ status: 'reconnecting', attempt: attempt + 1 });
    const delay = Math.min(max, initial * 2 ** Math.max(0, attempt - 1));
    timer = setTimeout(connect, delay * (0.75 + Math.random() * 0.5));
  }

  function dropSocket() {
    const ws = socket;
    socket = undefined;
    ws?.close();
  }

  const onOffline = () => {
    // Chromium keeps a socket "open" for a while after the network goes; drop it so the UI says Offline now.
    dropSocket();
    if (timer) clearTimeout(timer);
    timer = undefined;
    setState({ status: 'offline', attempt });
  };
  const onOnline = () => {
    if (disposed || socket) return;
    if (timer) clearTimeout(timer);
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
      if (!socket || socket.readyState !== WebSocket.OPEN || state.status !== 'open') return false;
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
    dispose() {
      disposed = true;
      network?.removeEventListener('offline', onOffline);
      network?.removeEventListener('online', onOnline);
      if (timer) clearTimeout(timer);
      dropSocket();
      frameListeners.clear();
      setState({ status: 'closed', attempt: 0 });
      stateListeners.clear();
    },
  };
}
