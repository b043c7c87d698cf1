import { afterEach, describe, expect, it } from 'vitest';
import { createSyncClient } from '../../../src/renderer/src/sync/createSyncClient';
import { agentsReducer } from '../../../src/renderer/src/features/agents/agentsReducer';
import { EAGER_FLUSH_BYTES } from '../../../src/main/kernel/sync/createSyncServer';
import type { ServerFrame } from '../../../src/shared/contract';
import { createMemoryPair } from '../../support/createMemoryPair';
import { createTestCore, type TestCore } from '../../support/createTestCore';

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('a commit goes out with its write', () => {
  let core: TestCore | undefined;
  afterEach(() => {
    core?.dispose();
    core = undefined;
  });

  it('hands each following window a small commit before the write returns, one batch per commit, up to that commit; a bulky one on the next turn', async () => {
    const c = (core = createTestCore());
    const pairs = [1, 2].map((n) => {
      const pair = createMemoryPair();
      c.kernel.sync.connect(`w${n}`, pair.server);
      return pair;
    });
    const clients = pairs.map((pair) => createSyncClient(pair.client));
    for (const [i, client] of clients.entries()) {
      const signedIn = client.signIn('bob');
      while (!client.getState().session) {
        pairs[i]!.pump();
        await tick();
      }
      await signedIn;
      const replica = client.watch('agents.list', {}, agentsReducer);
      while (replica.getState().status !== 'live') {
        pairs[i]!.pump();
        await tick();
      }
    }
    // Let the subscriptions' own (empty) batches go by first.
    for (let i = 0; i < 3; i++) {
      pairs.forEach((p) => p.pump());
      await tick();
    }
    expect(pairs.map((p) => p.pending.toClient)).toEqual([0, 0]);
    const seen = pairs.map((pair) => {
      const frames: ServerFrame[] = [];
      pair.client.onFrame((f) => frames.push(f));
      return frames;
    });

    const first = c.agents.register(c.acme, { hostname: 'first.acme' });
    // No turn of the event loop yet: the frame is already on its way to both windows.
    expect(pairs.map((p) => p.pending.toClient)).toEqual([1, 1]);
    c.agents.disable(c.acme, first.uuid);
    expect(pairs.map((p) => p.pending.toClient)).toEqual([2, 2]);
    pairs.forEach((p) => p.pump());
    for (const frames of seen) {
      const deltas = frames.filter((f) => f.kind === 'delta');
      expect(deltas.map((d) => d.events.map((e) => e.type))).toEqual([['agent_registered'], ['agent_disabled']]);
      expect(deltas.map((d) => d.upTo)).toEqual(deltas.map((d) => d.events[0]!.seq));
    }

    // A bulky commit (console output) waits for the turn, so the write's caller is answered first.
    c.kernel.write(c.acme.ref, (emit) => emit('agents:updates:acme', { type: 'agent_deleted', payload: { uuid: 'x'.repeat(EAGER_FLUSH_BYTES) } }));
    expect(pairs.map((p) => p.pending.toClient)).toEqual([0, 0]);
    await tick();
    expect(pairs.map((p) => p.pending.toClient)).toEqual([1, 1]);
    clients.forEach((client) => client.dispose());
    expect(c.kernel.bus.subscriberCount('agents:updates:acme')).toBe(0);
  });
});
