/** The WebSocket endpoint at the frame level, as a hostile or broken client would use it. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServerFrame } from '../../src/shared/contract';
import { startTestHost, type TestHost } from '../support/startTestHost';
import { waitFor } from '../support/waitFor';

describe('WebSocket endpoint', () => {
  let t: TestHost;
  beforeAll(async () => {
    t = await startTestHost();
  });
  afterAll(async () => {
    await t.close();
  });

  async function raw(options: { origin?: string } = {}) {
    const frames: ServerFrame[] = [];
    const ws = new WebSocket(`ws://127.0.0.1:${t.host.port}/ws`, options.origin ? { headers: { origin: options.origin } } as never : undefined);
    ws.onmessage = (m) => frames.push(JSON.parse(String(m.data)) as ServerFrame);
    await new Promise<void>((resolve, reject) => {
      ws.onopen = () => resolve();
      ws.onerror = () => reject(new Error('refused'));
    });
    const send = (frame: unknown) => ws.send(typeof frame === 'string' ? frame : JSON.stringify(frame));
    const answer = (id: number) => waitFor(() => frames.find((f) => 'id' in f && f.id === id), `answer ${id}`);
    return { ws, frames, send, answer };
  }

  it('answers malformed frames with PROTOCOL errors and keeps the connection', async () => {
    const c = await raw();
    c.send('not json');
    c.send({ kind: 'explode' });
    await waitFor(() => c.frames.filter((f) => f.kind === 'error').length === 2, 'two errors');
    expect(c.frames.every((f) => f.kind === 'error' && f.error.code === 'PROTOCOL')).toBe(true);
    c.send({ kind: 'hello' });
    await waitFor(() => c.frames.find((f) => f.kind === 'welcome'), 'welcome');
    c.ws.close();
  });

  it("refuses another organization's topic and views before sign-in", async () => {
    const c = await raw();
    c.send({ kind: 'snapshot', id: 1, view: 'agents.list', params: {} });
    expect(await c.answer(1)).toMatchObject({ kind: 'error', error: { code: 'UNAUTHENTICATED' } });
    c.send({ kind: 'command', id: 2, name: 'session.signIn', input: { user: 'alice' } });
    expect(await c.answer(2)).toMatchObject({ kind: 'result' });
    c.send({ kind: 'subscribe', id: 3, topics: [{ topic: 'agents:updates:acme' }, { topic: 'agents:updates:globex' }] });
    expect(await c.answer(3)).toMatchObject({ kind: 'error', error: { code: 'FORBIDDEN' } });
    // Refused as a whole: not even the allowed topic was subscribed.
    expect(t.app.kernel.sync.connections().find((x) => x.session?.userId === 'alice')?.topics).toEqual([]);
    c.ws.close();
  });

  it('keeps a live client connected across heartbeats', async () => {
    await t.close();
    t = await startTestHost({ heartbeatMs: 40 });
    const c = await raw();
    c.send({ kind: 'hello' });
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(c.ws.readyState).toBe(WebSocket.OPEN);
    expect(t.app.kernel.sync.connections()).toHaveLength(1);
    c.ws.close();
  });

  it('refuses upgrades from pages of other origins', async () => {
    await expect(raw({ origin: 'https://evil.example' })).rejects.toThrow('refused');
  });

  it('tells a window that stops acknowledging to resync instead of queueing without bound', async () => {
    await t.close();
    t = await startTestHost({ kernel: { limits: { window: 2, maxBatch: 10, maxQueued: 200 } } });
    const c = await raw();
    c.send({ kind: 'hello' });
    c.send({ kind: 'command', id: 1, name: 'session.signIn', input: { user: 'bob' } });
    await c.answer(1);
    c.send({ kind: 'subscribe', id: 2, topics: [{ topic: 'agents:updates:acme' }] });
    await c.answer(2);
    // The welcome tells the window how many batches it may leave unacknowledged.
    expect(c.frames.find((f) => f.kind === 'welcome')).toMatchObject({ window: 2 });
    const actor = t.app.authenticate(t.token('acme'))!;
    // Never ack: after `window` batches the outbox holds events until it overflows and asks for a resync.
    for (let i = 0; i < 300; i++) {
      await t.app.kernel.registry.run('agents.register', { hostname: `flood-${i}` }, { actor });
      if (i % 10 === 0) await new Promise((resolve) => setImmediate(resolve));
    }
    const connection = t.app.kernel.sync.connections().find((x) => x.session?.userId === 'bob')!;
    expect(c.frames.filter((f) => f.kind === 'delta').length).toBeLessThanOrEqual(3);
    await waitFor(() => c.frames.find((f) => f.kind === 'resync'), 'a resync frame');
    expect(c.frames.find((f) => f.kind === 'resync')).toMatchObject({ topics: ['agents:updates:acme'], reason: 'behind' });
    expect(connection.topics).toEqual(['agents:updates:acme']);
    c.ws.close();
  });
});
