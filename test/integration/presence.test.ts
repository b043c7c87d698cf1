import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSyncClient, type SyncClient } from '../../src/renderer/src/sync/createSyncClient';
import { presenceReducer } from '../../src/renderer/src/features/presence/presenceReducer';
import { createMemoryPair } from '../support/createMemoryPair';
import { createTestCore, type TestCore } from '../support/createTestCore';
import { waitFor } from '../support/waitFor';

describe('presence', () => {
  let core: TestCore;
  const clients: SyncClient[] = [];
  let next = 1;

  async function window(user: string) {
    const pair = createMemoryPair({ auto: true });
    core.kernel.sync.connect(`p${next++}`, pair.server);
    const client = createSyncClient(pair.client);
    clients.push(client);
    await client.signIn(user);
    return client;
  }

  beforeEach(() => {
    core = createTestCore();
  });
  afterEach(() => {
    clients.splice(0).forEach((c) => c.dispose());
    core.dispose();
  });

  it('shows who has a window open in the same organization, live, and nobody from another', async () => {
    const alice = await window('alice');
    const replica = alice.watch('presence.list', {}, presenceReducer);
    await waitFor(() => replica.getState().status === 'live', 'presence replica');
    expect(replica.getState().data?.map((e) => e.userId)).toEqual(['alice']);
    const bob = await window('bob');
    await window('carol');
    await waitFor(() => replica.getState().data?.some((e) => e.userId === 'bob'), 'bob to appear');
    expect(replica.getState().data?.map((e) => e.userId).sort()).toEqual(['alice', 'bob']);
    bob.dispose();
    await waitFor(() => !replica.getState().data?.some((e) => e.userId === 'bob'), 'bob to leave');
    expect(core.presence.list('globex').map((e) => e.userId)).toEqual(['carol']);
    replica.dispose();
  });
});
