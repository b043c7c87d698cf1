/**
 * Presence rooms (`presence:<org>:<room>`) across real connections: several windows of one user, join and leave
 * live, a dropped or disposed connection leaving within a sweep, rooms never shared between organizations.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ROOM_SWEEP_MS } from '../../src/main/contexts/presence';
import { createSyncClient, type SyncClient } from '../../src/renderer/src/sync/createSyncClient';
import { presenceReducer } from '../../src/renderer/src/features/presence/presenceReducer';
import { distinctUsers } from '../../src/renderer/src/features/presence/distinctUsers';
import { createMemoryPair, type MemoryPair } from '../support/createMemoryPair';
import { createTestCore, type TestCore } from '../support/createTestCore';
import { waitFor } from '../support/waitFor';

describe('presence rooms', () => {
  let core: TestCore;
  const clients: SyncClient[] = [];
  let next = 1;

  async function window(user: string): Promise<{ client: SyncClient; pair: MemoryPair; id: string }> {
    const pair = createMemoryPair({ auto: true });
    const id = `r${next++}`;
    core.kernel.sync.connect(id, pair.server);
    const client = createSyncClient(pair.client);
    clients.push(client);
    await client.signIn(user);
    return { client, pair, id };
  }

  const enter = async (client: SyncClient, room: string) => {
    const replica = client.watch('presence.room', { room }, presenceReducer);
    await waitFor(() => replica.getState().status === 'live', `${room} replica`);
    return replica;
  };
  const users = (entries: { userId: string }[] | undefined) => distinctUsers(entries as never).map((u) => `${u.userId}×${u.windows}`);

  beforeEach(() => {
    core = createTestCore();
  });
  afterEach(async () => {
    clients.splice(0).forEach((c) => c.dispose());
    // Every window gone: none is left in any room, and no window's subscription outlives it.
    await waitFor(() => core.kernel.sync.connections().length === 0, 'every connection to close');
    expect(core.kernel.db.prepare('SELECT COUNT(*) AS n FROM presence_rooms').get()).toEqual({ n: 0 });
    expect(core.kernel.bus.subscriberCount('presence:acme:run.12') + core.kernel.bus.subscriberCount('presence:acme:run.5')).toBe(0);
    core.dispose();
  });

  it("shows a window itself in its snapshot, others joining live, and one user's windows once with their count", async () => {
    const alice = await window('alice');
    const room = await enter(alice.client, 'run.12');
    expect(users(room.getState().data)).toEqual(['alice×1']);
    const bob1 = await window('bob');
    const bob2 = await window('bob');
    const bobRoom1 = await enter(bob1.client, 'run.12');
    const bobRoom2 = await enter(bob2.client, 'run.12');
    await waitFor(() => room.getState().data?.length === 3, 'both bob windows in alice’s room');
    expect(users(room.getState().data)).toEqual(['alice×1', 'bob×2']);
    expect(users(bobRoom2.getState().data)).toEqual(['alice×1', 'bob×2']);
    // Another room of the same organization is another list.
    const other = await enter(alice.client, 'case.7');
    expect(users(other.getState().data)).toEqual(['alice×1']);
    expect(core.presence.room('acme', 'run.12').map((e) => e.connectionId).sort()).toEqual([alice.id, bob1.id, bob2.id].sort());

    // Leaving the view (navigation): the window stops following the room and leaves it within a sweep.
    bobRoom1.dispose();
    await waitFor(() => room.getState().data?.length === 2, 'one bob window to leave', ROOM_SWEEP_MS * 8);
    expect(users(room.getState().data)).toEqual(['alice×1', 'bob×1']);
    bobRoom2.dispose();
    await waitFor(() => room.getState().data?.length === 1, 'bob to leave', ROOM_SWEEP_MS * 8);
    expect(users(room.getState().data)).toEqual(['alice×1']);
    room.dispose();
    other.dispose();
  });

  it('a crashed window (connection disposed) and a dropped connection leave at once', async () => {
    const alice = await window('alice');
    const room = await enter(alice.client, 'run.3');
    const bob = await window('bob');
    await enter(bob.client, 'run.3');
    const bob2 = await window('bob');
    await enter(bob2.client, 'run.3');
    await waitFor(() => room.getState().data?.length === 3, 'bob’s windows to join');

    // A renderer that crashes: its transport closes, the kernel disposes the connection.
    core.kernel.sync.connections().find((c) => c.id === bob.id)!.dispose();
    await waitFor(() => room.getState().data?.length === 2, 'the crashed window to leave', 1000);
    // A window whose connection drops (network, sleep): the server side closes.
    bob2.pair.drop();
    await waitFor(() => room.getState().data?.length === 1, 'the dropped window to leave', 1000);
    expect(users(room.getState().data)).toEqual(['alice×1']);
    expect(core.presence.room('acme', 'run.3').map((e) => e.userId)).toEqual(['alice']);
    room.dispose();
  });

  it('a window that reconnects resumes its room without reloading, and two organizations never share one', async () => {
    const bob = await window('bob');
    const room = await enter(bob.client, 'run.5');
    const carol = await window('carol');
    const theirs = await enter(carol.client, 'run.5');
    expect(users(room.getState().data)).toEqual(['bob×1']);
    expect(users(theirs.getState().data)).toEqual(['carol×1']);
    expect(core.presence.room('globex', 'run.5').map((e) => e.userId)).toEqual(['carol']);

    const alice = await window('alice');
    const aliceRoom = await enter(alice.client, 'run.5');
    await waitFor(() => users(aliceRoom.getState().data).includes('bob×1'), 'alice to see bob');
    bob.pair.drop();
    await waitFor(() => !users(aliceRoom.getState().data).includes('bob×1'), 'bob to leave on the drop');
    core.kernel.sync.connect(`${bob.id}-again`, bob.pair.reopen());
    await waitFor(() => users(aliceRoom.getState().data).includes('bob×1'), 'bob back in the room after reconnecting', ROOM_SWEEP_MS * 8);
    expect(users(theirs.getState().data)).toEqual(['carol×1']);
    [room, theirs, aliceRoom].forEach((r) => r.dispose());
  });

  it('refuses a room key that is not one', () => {
    const alice = core.accounts.resolveUser('alice');
    expect(() => core.kernel.registry.load('presence.room', { room: 'run:12' }, { kind: 'user', orgId: alice.orgId, userId: alice.userId, session: alice, ref: { kind: 'user', id: 'alice' } })).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    );
  });
});
