/**
 * The boot opens the host's WebSocket before the app is evaluated (openSocketEarly) and hands it to detectChannel:
 * the channel's first attempt is that socket, not a second connection to the host.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { detectChannel } from '../../../../src/renderer/src/sync/detectChannel';

class FakeSocket {
  static opened: FakeSocket[] = [];
  readonly sent: string[] = [];
  readyState = 0;
  onopen: (() => void) | null = null;
  onmessage = null;
  onclose = null;
  onerror = null;
  constructor(readonly url: string) {
    FakeSocket.opened.push(this);
  }
  send(data: string) {
    this.sent.push(data);
  }
  close() {}
}

describe('detectChannel with the boot’s early socket', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    FakeSocket.opened = [];
  });

  it('adopts the socket the boot opened instead of opening another', () => {
    vi.stubGlobal('WebSocket', FakeSocket);
    vi.stubGlobal('location', { protocol: 'http:', host: '127.0.0.1:4700' });
    const early = new FakeSocket('ws://127.0.0.1:4700/ws');

    const channel = detectChannel(early as unknown as WebSocket);
    expect(FakeSocket.opened).toEqual([early]);

    early.readyState = 1;
    early.onopen?.();
    expect(early.sent).toEqual([JSON.stringify({ kind: 'hello' })]);
    expect(channel.state.status).toBe('open');
    channel.dispose();
  });
});
