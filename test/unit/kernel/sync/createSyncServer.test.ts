/**
 * The sync server over a real core: one connection per id, its change listeners, when a commit's batch leaves
 * (with the write up to `EAGER_FLUSH_BYTES`, on the next turn above it) and what its dispose ends.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EAGER_FLUSH_BYTES } from '../../../../src/main/kernel/sync/createSyncServer';
import type { Transport } from '../../../../src/main/kernel/transport';
import { createTestCore, type TestCore } from '../../../support/createTestCore';
import { openWindow, type FakeWindow } from './connectionHarness';

const topic = 'agents:updates:acme';
const tick = () => new Promise<void>((resolve) => setImmediate(resolve));
const silent: Transport = { send: () => {}, onFrame: () => () => {}, onClose: () => () => {}, close: () => {} };

describe('sync server', () => {
  let core: TestCore | undefined;
  afterEach(() => {
    core?.dispose();
    core = undefined;
  });

  async function following(): Promise<FakeWindow> {
    core ??= createTestCore();
    const w = openWindow(core);
    w.send({ kind: 'hello' });
    w.send({ kind: 'command', id: 1, name: 'session.signIn', input: { user: 'bob' } });
    w.send({ kind: 'subscribe', id: 2, topics: [{ topic }] });
    await tick();
    w.send({ kind: 'ack', batch: w.deltas().at(-1)!.batch });
    return w;
  }
  // An event whose payload is `bytes` long as JSON: `{"uuid":""}` is 11 characters.
  const commitOf = (bytes: number) => core!.kernel.write(core!.acme.ref, (emit) => emit(topic, { type: 'agent_deleted', payload: { uuid: 'x'.repeat(bytes - 11) } }).seq);

  it('refuses a second connection under an id that is open', () => {
    core = createTestCore();
    core.kernel.sync.connect('one', silent);
    expect(() => core!.kernel.sync.connect('one', silent)).toThrow(/already open/);
    expect(core.kernel.sync.connections().map((c) => c.id)).toEqual(['one']);
  });

  it('stops telling a listener of connection changes once it unsubscribed', () => {
    core = createTestCore();
    const changes = vi.fn();
    const stop = core.kernel.sync.onDidChangeConnections(changes);
    core.kernel.sync.connect('a', silent).dispose();
    expect(changes).toHaveBeenCalledTimes(1);
    stop();
    core.kernel.sync.connect('b', silent).dispose();
    expect(changes).toHaveBeenCalledTimes(1);
  });

  it('sends a commit of exactly EAGER_FLUSH_BYTES with its write, and a bigger one on the next turn', async () => {
    const w = await following();
    const before = w.deltas().length;
    const atLimit = commitOf(EAGER_FLUSH_BYTES);
    expect(w.deltas().slice(before).map((d) => d.events.map((e) => e.seq))).toEqual([[atLimit]]);
    w.send({ kind: 'ack', batch: w.deltas().at(-1)!.batch });
    const over = commitOf(EAGER_FLUSH_BYTES + 1);
    expect(w.deltas().length).toBe(before + 1);
    await tick();
    expect(w.deltas().slice(before + 1).map((d) => d.events.map((e) => e.seq))).toEqual([[over]]);
  });

  it('ends every connection when it is disposed', async () => {
    const w = await following();
    const other = openWindow(core!);
    core!.kernel.sync.dispose();
    expect([w.closes, other.closes]).toEqual([1, 1]);
    expect(core!.kernel.sync.connections()).toEqual([]);
  });
});
