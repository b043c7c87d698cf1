/**
 * The `kernel.stats` view over a real sync client: it counts the window's connection, its topics and their
 * subscribers, the event rate and the commit-to-send latency of the batches that reached it.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userActor } from '../../src/main/kernel/actor';
import { agentsReducer } from '../../src/renderer/src/features/agents/agentsReducer';
import { createSyncClient, type SyncClient } from '../../src/renderer/src/sync/createSyncClient';
import { kernelStatsSchema } from '../../src/shared/contract';
import { createMemoryPair } from '../support/createMemoryPair';
import { createTestCore, type TestCore } from '../support/createTestCore';
import { waitFor } from '../support/waitFor';

describe('kernel statistics', () => {
  let core: TestCore;
  let client: SyncClient;
  beforeEach(() => {
    core = createTestCore();
  });
  afterEach(async () => {
    client.dispose();
    await waitFor(() => core.kernel.bus.subscriberCount() === 0, 'the window to release its topics');
    core.dispose();
  });

  it('reports connections, topics, event rate and latency, and needs a signed-in actor', async () => {
    const pair = createMemoryPair({ auto: true });
    core.kernel.sync.connect('w1', pair.server);
    client = createSyncClient(pair.client);
    await client.signIn('alice');
    const replica = client.watch('agents.list', {}, agentsReducer);
    await waitFor(() => replica.getState().status === 'live', 'agents replica');
    for (let i = 0; i < 5; i++) core.agents.register(core.acme, { hostname: `stats-${i}` });
    await waitFor(() => replica.getState().data?.length === 5, 'five agents to arrive');

    const alice = userActor(core.accounts.resolveUser('alice'));
    const stats = kernelStatsSchema.parse(core.kernel.registry.load('kernel.stats', {}, alice).data);
    expect(stats.connections).toEqual([
      expect.objectContaining({ id: 'w1', userId: 'alice', orgId: 'acme', topics: 1, queued: 0, dropping: false, resyncs: 0 }),
    ]);
    expect(stats.topics).toContainEqual({ topic: 'agents:updates:acme', subscribers: 1 });
    expect(stats.head).toBe(core.kernel.log.head());
    expect(stats.eventsPerSecond).toBeGreaterThan(0);
    expect(stats.latencyMs.samples).toBeGreaterThan(0);
    expect(stats.latencyMs.p99).toBeGreaterThanOrEqual(stats.latencyMs.p50);
    expect(() => core.kernel.registry.load('kernel.stats', {}, null)).toThrow(expect.objectContaining({ code: 'UNAUTHENTICATED' }));
    // Another organization sees neither acme's windows nor its topics.
    const carol = userActor(core.accounts.resolveUser('carol'));
    const theirs = kernelStatsSchema.parse(core.kernel.registry.load('kernel.stats', {}, carol).data);
    expect(theirs.connections).toEqual([]);
    expect(theirs.topics).toEqual([]);
    replica.dispose();
  });
});
