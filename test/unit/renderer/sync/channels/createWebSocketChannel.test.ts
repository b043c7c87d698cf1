/**
 * The WebSocket channel's reconnects, on fake timers and a fake socket: attempts counted, Offline after a bounded
 * number of failures while retrying on in the background, "Retry now" at once, and a host on this machine back
 * within a second.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createWebSocketChannel } from '../../../../../src/renderer/src/sync/channels/createWebSocketChannel';
import type { ChannelState, FrameChannel } from '../../../../../src/renderer/src/sync/frameChannel';

class FakeSocket {
  static made: FakeSocket[] = [];
  readyState = 0;
  readonly sent: string[] = [];
  onopen: (() => void) | null = null;
  onmessage: ((message: { data: unknown }) => void) | null = null;
  onclose: (() => void) | null = null;
  onerror: (() => void) | null = null;
  constructor(readonly url: string) {
    FakeSocket.made.push(this);
  }
  send(data: string) {
    this.sent.push(data);
  }
  close() {
    this.readyState = 3;
  }
  /** The host accepts. */
  accept() {
    this.readyState = 1;
    this.onopen?.();
  }
  /** Node's WebSocket on a refused connection: `error`, and no `close` ever. */
  fail() {
    this.readyState = 3;
    this.onerror?.();
  }
  /**
   * Node's (undici) WebSocket failing a handshake: `error` while still connecting, and `close()` on a connecting
   * socket fails it again, firing `error` once more, synchronously.
   */
  failConnecting() {
    this.close = () => {
      if (this.readyState !== 0) return;
      this.onerror?.();
      this.readyState = 3;
    };
    this.onerror?.();
    this.readyState = 3;
  }
  /** A message from the host. */
  message(data: unknown) {
    this.onmessage?.({ data });
  }
  /** The host refuses, or the connection drops. */
  drop() {
    this.readyState = 3;
    this.onclose?.();
  }
}

const last = () => FakeSocket.made[FakeSocket.made.length - 1]!;
// The fake has every member the channel touches; the real class is what the option's type names.
const WebSocketImpl = FakeSocket as unknown as new (url: string) => WebSocket;

describe('createWebSocketChannel reconnects', () => {
  let channel: FrameChannel | undefined;
  let states: ChannelState[];
  const open = (url: string, options: Parameters<typeof createWebSocketChannel>[1] = {}) => {
    channel = createWebSocketChannel(url, { WebSocketImpl, random: () => 0.5, ...options });
    channel.onState((s) => states.push(s));
    return channel;
  };

  beforeEach(() => {
    vi.useFakeTimers();
    FakeSocket.made = [];
    states = [];
  });
  afterEach(() => {
    channel?.dispose();
    expect(vi.getTimerCount()).toBe(0);
    vi.useRealTimers();
  });

  it('opens, says hello, and after a drop retries from attempt 1 at the initial delay', () => {
    const ch = open('wss://switchboard.example.com/ws');
    expect(ch.state).toEqual({ status: 'connecting', attempt: 1 });
    last().accept();
    expect(ch.state.status).toBe('open');
    expect(last().sent).toEqual([JSON.stringify({ kind: 'hello' })]);

    last().drop();
    expect(ch.state).toEqual({ status: 'reconnecting', attempt: 1 });
    vi.advanceTimersByTime(249);
    expect(FakeSocket.made).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(FakeSocket.made).toHaveLength(2);
    last().accept();
    expect(ch.state).toEqual({ status: 'open', attempt: 0 });
  });

  it("takes the boot's socket as its first attempt and opens its own for a reconnect", () => {
    const early = new FakeSocket('wss://switchboard.example.com/ws');
    const ch = open('wss://switchboard.example.com/ws', { firstSocket: early as unknown as WebSocket });
    expect(FakeSocket.made).toEqual([early]);
    early.accept();
    expect(ch.state.status).toBe('open');
    expect(early.sent).toEqual([JSON.stringify({ kind: 'hello' })]);

    early.drop();
    vi.advanceTimersByTime(250);
    expect(FakeSocket.made).toHaveLength(2);
    expect(last()).not.toBe(early);
  });

  it('counts attempts, goes Offline after a bounded number, and keeps retrying slowly without counting on screen', () => {
    const ch = open('wss://switchboard.example.com/ws', { offlineAfter: 3, offlineDelayMs: 30_000 });
    last().drop();
    expect(ch.state).toEqual({ status: 'reconnecting', attempt: 2 });
    vi.advanceTimersByTime(250);
    last().drop();
    expect(ch.state).toEqual({ status: 'reconnecting', attempt: 3 });
    vi.advanceTimersByTime(500);
    last().drop();
    expect(ch.state).toEqual({ status: 'offline', attempt: 3 });
    expect(FakeSocket.made).toHaveLength(3);

    vi.advanceTimersByTime(29_999);
    expect(FakeSocket.made).toHaveLength(3);
    vi.advanceTimersByTime(1);
    expect(FakeSocket.made).toHaveLength(4);
    expect(ch.state.status).toBe('offline'); // a background attempt does not flip the badge back
    last().drop();
    expect(ch.state.status).toBe('offline');
    vi.advanceTimersByTime(30_000);
    last().accept();
    expect(ch.state).toEqual({ status: 'open', attempt: 0 });
  });

  it('"Retry now" tries at once, and does nothing while an attempt is in flight or the socket is open', () => {
    const ch = open('wss://switchboard.example.com/ws', { offlineAfter: 1, offlineDelayMs: 30_000 });
    last().drop();
    expect(ch.state.status).toBe('offline');
    ch.retryNow?.();
    expect(FakeSocket.made).toHaveLength(2);
    expect(ch.state).toEqual({ status: 'reconnecting', attempt: 2 });
    ch.retryNow?.();
    expect(FakeSocket.made).toHaveLength(2);
    last().accept();
    ch.retryNow?.();
    expect(FakeSocket.made).toHaveLength(2);
    expect(ch.state.status).toBe('open');
  });

  it('a host on this machine is retried at least every 750 ms, so the window is back within a second of it', () => {
    const ch = open('ws://127.0.0.1:4700/ws', { random: () => 0.999 });
    last().accept();
    last().drop();
    // The host stays down a long while: Offline, but still knocking often.
    for (let i = 0; i < 20; i++) {
      vi.advanceTimersByTime(750);
      last().drop();
    }
    expect(ch.state.status).toBe('offline');
    const before = FakeSocket.made.length;
    // It comes back right after a failed attempt: the next one is less than a second away.
    vi.advanceTimersByTime(750);
    expect(FakeSocket.made.length).toBe(before + 1);
    last().accept();
    expect(ch.state.status).toBe('open');
  });

  it('dispose stops retrying and leaves no timer', () => {
    const ch = open('wss://switchboard.example.com/ws');
    last().drop();
    ch.dispose();
    expect(ch.state.status).toBe('closed');
    vi.advanceTimersByTime(60_000);
    expect(FakeSocket.made).toHaveLength(1);
  });

  it("reconnects after an `error` with no `close` (Node's refused connection), counting it once", () => {
    const ch = open('ws://127.0.0.1:4700/ws');
    last().fail();
    expect(ch.state).toEqual({ status: 'reconnecting', attempt: 2 });
    vi.advanceTimersByTime(1000);
    expect(FakeSocket.made).toHaveLength(2);
    // A browser sends `close` after `error`: the same failure, not a second one.
    last().fail();
    last().drop();
    expect(ch.state).toEqual({ status: 'reconnecting', attempt: 3 });
    vi.advanceTimersByTime(1000);
    last().accept();
    expect(ch.state).toEqual({ status: 'open', attempt: 0 });
  });

  it('survives a socket whose close() fires `error` again while connecting (Node), counting the failure once', () => {
    const ch = open('ws://127.0.0.1:4700/ws');
    expect(() => last().failConnecting()).not.toThrow();
    expect(ch.state).toEqual({ status: 'reconnecting', attempt: 2 });
    vi.advanceTimersByTime(1000);
    expect(FakeSocket.made).toHaveLength(2);
  });
});

describe('createWebSocketChannel frames and network', () => {
  let channel: FrameChannel;
  const welcome = { kind: 'welcome', epoch: 'e1', head: 3 };
  const open = () => {
    channel = createWebSocketChannel('ws://127.0.0.1:4700/ws', { WebSocketImpl, random: () => 0.5 });
    return channel;
  };

  beforeEach(() => {
    vi.useFakeTimers();
    FakeSocket.made = [];
  });
  afterEach(() => {
    channel.dispose();
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
    vi.useRealTimers();
  });

  it('hands frames that match the contract to subscribed listeners, and drops the rest with an error', () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const ch = open();
    const frames: unknown[] = [];
    ch.onFrame((f) => frames.push(f));
    const dropped = vi.fn();
    ch.onFrame(dropped)();
    last().accept();
    last().message(JSON.stringify(welcome));
    last().message('{not json');
    last().message(JSON.stringify({ kind: 'nope' }));
    expect(frames).toEqual([welcome]);
    expect(dropped).not.toHaveBeenCalled();
    expect(logged).toHaveBeenCalledTimes(2);
  });

  it('ignores a replaced socket: its frames and its late close', () => {
    const ch = open();
    const frames: unknown[] = [];
    ch.onFrame((f) => frames.push(f));
    const old = last();
    old.accept();
    old.drop();
    vi.advanceTimersByTime(1000);
    last().accept();
    old.message(JSON.stringify(welcome));
    old.onclose?.();
    expect(frames).toEqual([]);
    expect(ch.state.status).toBe('open');
  });

  it('sends only on an open connection, as JSON', () => {
    const ch = open();
    expect(ch.send({ kind: 'hello' })).toBe(false);
    last().accept();
    expect(ch.send({ kind: 'ack', batch: 4 })).toBe(true);
    expect(last().sent.map((s) => JSON.parse(s))).toEqual([{ kind: 'hello' }, { kind: 'ack', batch: 4 }]);
    last().drop();
    expect(ch.send({ kind: 'ack', batch: 5 })).toBe(false);
  });

  it('sends nothing on a socket the host is closing, before its close arrives', () => {
    const ch = open();
    last().accept();
    last().readyState = 2; // CLOSING: the host's close frame is in, the close event not yet
    expect(ch.send({ kind: 'ack', batch: 1 })).toBe(false);
    expect(last().sent).toHaveLength(1); // the hello only
  });

  it('going offline cancels a pending retry: no attempt until the network is back', () => {
    const network = new EventTarget();
    vi.stubGlobal('window', network);
    vi.stubGlobal('navigator', { onLine: true });
    const ch = open();
    last().drop();
    expect(vi.getTimerCount()).toBe(1);
    network.dispatchEvent(new Event('offline'));
    vi.advanceTimersByTime(60_000);
    expect(FakeSocket.made).toHaveLength(1);
    expect(ch.state.status).toBe('offline');
  });

  it('goes Offline at once when the network goes, dropping the socket, and reconnects when it is back', () => {
    const network = new EventTarget();
    vi.stubGlobal('window', network);
    vi.stubGlobal('navigator', { onLine: true });
    const ch = open();
    const first = last();
    first.accept();
    network.dispatchEvent(new Event('offline'));
    expect(ch.state.status).toBe('offline');
    expect(first.readyState).toBe(3);
    expect(ch.send({ kind: 'hello' })).toBe(false);
    vi.advanceTimersByTime(60_000);
    expect(FakeSocket.made).toHaveLength(1);
    network.dispatchEvent(new Event('online'));
    expect(FakeSocket.made).toHaveLength(2);
    last().accept();
    expect(ch.state.status).toBe('open');
    // Online while connected changes nothing.
    network.dispatchEvent(new Event('online'));
    expect(FakeSocket.made).toHaveLength(2);
  });

  it('waits for the network instead of retrying while the OS says it is offline', () => {
    vi.stubGlobal('navigator', { onLine: false });
    const ch = open();
    last().drop();
    expect(ch.state).toEqual({ status: 'offline', attempt: 1 });
    expect(vi.getTimerCount()).toBe(0);
  });

  it('dispose closes the socket, tells listeners once, and ignores the network and Retry now afterwards', () => {
    const network = new EventTarget();
    vi.stubGlobal('window', network);
    const ch = open();
    const states: string[] = [];
    ch.onState((s) => states.push(s.status));
    const stopped = vi.fn();
    ch.onState(stopped)();
    last().accept();
    ch.dispose();
    expect(last().readyState).toBe(3);
    ch.retryNow?.();
    network.dispatchEvent(new Event('online'));
    expect(FakeSocket.made).toHaveLength(1);
    expect(states).toEqual(['open', 'closed']);
    expect(stopped).not.toHaveBeenCalled();
  });
});
