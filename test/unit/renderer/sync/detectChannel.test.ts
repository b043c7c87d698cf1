/**
 * The renderer picks its transport: the preload bridge in Electron, else a WebSocket to the host that served the
 * page (wss under https), else a loud error saying what is missing.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BRIDGE_GLOBAL } from '../../../../src/shared/contract';
import { detectChannel, isElectron } from '../../../../src/renderer/src/sync/detectChannel';

class FakeSocket {
  static urls: string[] = [];
  readyState = 0;
  onopen = null;
  onmessage = null;
  onclose = null;
  onerror = null;
  constructor(url: string) {
    FakeSocket.urls.push(url);
  }
  close() {}
}

describe('detectChannel', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    FakeSocket.urls = [];
  });

  it('knows it runs in Electron exactly when the preload bridge is there', () => {
    expect(isElectron()).toBe(false);
    vi.stubGlobal(BRIDGE_GLOBAL, { send: () => {}, onFrame: () => () => {} });
    expect(isElectron()).toBe(true);
  });

  it('uses the preload bridge when there is one', () => {
    const sent: unknown[] = [];
    vi.stubGlobal(BRIDGE_GLOBAL, { send: (f: unknown) => sent.push(f), onFrame: () => () => {} });
    vi.stubGlobal('location', { protocol: 'http:', host: 'x' });
    vi.stubGlobal('WebSocket', FakeSocket);
    const channel = detectChannel();
    expect(sent).toEqual([{ kind: 'hello' }]);
    expect(FakeSocket.urls).toEqual([]);
    channel.dispose();
  });

  it('otherwise opens a WebSocket back to the host that served the page, wss under https', () => {
    vi.stubGlobal('WebSocket', FakeSocket);
    vi.stubGlobal('location', { protocol: 'http:', host: '127.0.0.1:4700' });
    detectChannel().dispose();
    vi.stubGlobal('location', { protocol: 'https:', host: 'example.test' });
    detectChannel().dispose();
    expect(FakeSocket.urls).toEqual(['ws://127.0.0.1:4700/ws', 'wss://example.test/ws']);
  });

  it('says what is missing when there is neither', () => {
    vi.stubGlobal('location', { protocol: 'app:', host: '' });
    expect(() => detectChannel()).toThrow(`No Switchboard transport: window.${BRIDGE_GLOBAL} is missing`);
  });
});
