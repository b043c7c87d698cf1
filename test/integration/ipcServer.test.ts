import { EventEmitter } from 'node:events';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNEL, type FrameBridge } from '../../src/shared/contract';
import { attachIpcServer } from '../../src/main/transports/ipc/attachIpcServer';
import { createIpcChannel } from '../../src/renderer/src/sync/channels/createIpcChannel';
import { createSyncClient } from '../../src/renderer/src/sync/createSyncClient';
import { agentsReducer } from '../../src/renderer/src/features/agents/agentsReducer';
import { createTestCore } from '../support/createTestCore';
import { waitFor } from '../support/waitFor';

let nextId = 1;
class FakeContents extends EventEmitter {
  id = nextId++;
  destroyed = false;
  mainFrame = { processId: 7, routingId: 1, parent: null, url: 'app://switchboard/index.html?user=alice#/agents' };
  pageListeners = new Set<(f: unknown) => void>();
  sent: unknown[] = [];
  isDestroyed() { return this.destroyed; }
  send(channel: string, frame: unknown) {
    expect(channel).toBe(IPC_CHANNEL);
    this.sent.push(frame);
    const copy = structuredClone(frame);
    const listeners = [...this.pageListeners];
    setImmediate(() => listeners.forEach((l) => l(copy)));
  }
  destroy() { this.destroyed = true; this.emit('destroyed'); }
  /** A fresh page (load or reload): its bridge. */
  page(ipcMain: EventEmitter, frame: object = this.mainFrame): FrameBridge {
    this.pageListeners = new Set();
    const listeners = this.pageListeners;
    return {
      send: (raw) => {
        const event = { sender: this, senderFrame: frame, frameId: (frame as { routingId: number }).routingId, reply: (ch: string, f: unknown) => this.send(ch, f) };
        const copy = structuredClone(raw);
        setImmediate(() => ipcMain.emit(IPC_CHANNEL, event, copy));
      },
      onFrame: (l) => { listeners.add(l); return () => listeners.delete(l); },
    };
  }
}

describe('ipc server', () => {
  let cleanup: (() => void)[] = [];
  afterEach(() => { cleanup.reverse().forEach((c) => c()); cleanup = []; });

  function setup() {
    const core = createTestCore();
    const ipcMain = new EventEmitter();
    const ours = new Set<number>();
    const server = attachIpcServer({
      ipcMain: ipcMain as never,
      isOurs: (c) => ours.has(c.id),
      isAppUrl: (u) => u.startsWith('app://switchboard/'),
      onTransport: (id, t) => core.kernel.sync.connect(id, t),
    });
    cleanup.push(() => core.dispose(), () => server.dispose());
    const window = () => { const c = new FakeContents(); ours.add(c.id); return c; };
    return { core, ipcMain, server, window, ours };
  }

  it('serves a window live, survives reload, and ends on navigation and destroy', async () => {
    const { core, ipcMain, window } = setup();
    const w = window();
    const client = createSyncClient(createIpcChannel(w.page(ipcMain)));
    await client.signIn('alice');
    const replica = client.watch('agents.list', {}, agentsReducer);
    await waitFor(() => replica.getState().status === 'live', 'live');
    expect(core.kernel.sync.connections().map((c) => c.id)).toEqual([`${w.id}:1`]);

    // reload: new page says hello; old connection ends, new starts
    client.dispose();
    const client2 = createSyncClient(createIpcChannel(w.page(ipcMain)));
    await client2.signIn('bob');
    await waitFor(() => core.kernel.sync.connections().length === 1 && core.kernel.sync.connections()[0]!.session?.userId === 'bob', 'bob');
    const r2 = client2.watch('agents.list', {}, agentsReducer);
    await waitFor(() => r2.getState().status === 'live', 'live2');
    await core.agents.register(core.acme, { hostname: 'ipc-1.acme' });
    await waitFor(() => (r2.getState().data ?? []).some((a) => a.hostname === 'ipc-1.acme'), 'delta');

    // blocked outside navigation start: stays; app-url navigation start: ends
    w.emit('did-start-navigation', { url: 'https://example.com/', isMainFrame: true, isSameDocument: false });
    w.emit('did-navigate', {}, 'app://switchboard/index.html');
    expect(core.kernel.sync.connections()).toHaveLength(1);
    w.emit('did-start-navigation', { url: 'app://switchboard/index.html#/x', isMainFrame: true, isSameDocument: true });
    w.emit('did-start-navigation', { url: 'app://switchboard/index.html', isMainFrame: false, isSameDocument: false });
    expect(core.kernel.sync.connections()).toHaveLength(1);
    w.emit('did-start-navigation', { url: 'app://switchboard/index.html', isMainFrame: true, isSameDocument: false });
    expect(core.kernel.sync.connections()).toHaveLength(0);
    client2.dispose();

    // non-hello without connection → PROTOCOL error
    await new Promise((r) => setTimeout(r, 30));
    const b = w.page(ipcMain);
    const got: unknown[] = [];
    b.onFrame((f) => got.push(f));
    b.send({ kind: 'ack', batch: 1 });
    b.send({ kind: 'command', id: 9, name: 'session.users', input: {} });
    await waitFor(() => got.length === 1, 'error');
    expect(got[0]).toMatchObject({ kind: 'error', id: 9, error: { code: 'PROTOCOL' } });
    b.send({ kind: 'nonsense' });
    await waitFor(() => got.length === 2, 'error2');
    expect(got[1]).toMatchObject({ kind: 'error', error: { code: 'PROTOCOL', message: expect.stringContaining('Malformed') } });

    // did-navigate outside; crash; destroyed
    b.send({ kind: 'hello' });
    await waitFor(() => got.length === 3, 'welcome');
    expect(got[2]).toMatchObject({ kind: 'welcome' });
    w.emit('did-navigate', {}, 'https://evil.example/');
    expect(core.kernel.sync.connections()).toHaveLength(0);
    b.send({ kind: 'hello' });
    await waitFor(() => core.kernel.sync.connections().length === 1, 'reconnect');
    w.emit('render-process-gone', {}, { reason: 'crashed' });
    expect(core.kernel.sync.connections()).toHaveLength(0);
    b.send({ kind: 'hello' });
    await waitFor(() => core.kernel.sync.connections().length === 1, 'reconnect2');
    w.destroy();
    expect(core.kernel.sync.connections()).toHaveLength(0);
    expect(w.listenerCount('did-navigate')).toBe(0);
    expect(core.kernel.bus.subscriberCount()).toBe(0);
  });

  it('drops frames from strangers, subframes and foreign pages', async () => {
    const { core, ipcMain, window } = setup();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const stranger = new FakeContents();
    stranger.page(ipcMain).send({ kind: 'hello' });
    const w = window();
    w.page(ipcMain, { processId: 7, routingId: 2, parent: w.mainFrame, url: w.mainFrame.url }).send({ kind: 'hello' });
    const foreign = window();
    foreign.mainFrame.url = 'https://evil.example/';
    foreign.page(ipcMain).send({ kind: 'hello' });
    await new Promise((r) => setTimeout(r, 30));
    expect(core.kernel.sync.connections()).toHaveLength(0);
    expect(stranger.sent).toHaveLength(0);
    expect(warn.mock.calls.map((c) => String(c[0]))).toEqual([
      expect.stringContaining('not a Switchboard window'),
      expect.stringContaining('not the main frame'),
      expect.stringContaining('is not the app'),
    ]);
    warn.mockRestore();
  });

  it('dispose ends every page and stops listening', async () => {
    const { core, ipcMain, window, server } = setup();
    const w = window();
    const b = w.page(ipcMain);
    b.send({ kind: 'hello' });
    await waitFor(() => core.kernel.sync.connections().length === 1, 'open');
    server.dispose();
    expect(core.kernel.sync.connections()).toHaveLength(0);
    expect(ipcMain.listenerCount(IPC_CHANNEL)).toBe(0);
    expect(w.listenerCount('destroyed')).toBe(0);
  });
});
