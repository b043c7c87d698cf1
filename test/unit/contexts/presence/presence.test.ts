/**
 * The presence context against a directory of windows the test holds: who is recorded as here and in which room,
 * what a reconcile writes (only changes, as the app), and the rows a previous run left.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Session } from '../../../../src/shared/contract';
import { accountsMigrations } from '../../../../src/main/contexts/accounts/migrations';
import { createPresenceContext, type ConnectionDirectory, type PresenceContext } from '../../../../src/main/contexts/presence';
import { presenceMigrations } from '../../../../src/main/contexts/presence/migrations';
import { createContextKit, type OwnedKit } from '../../../../src/main/kernel/context/createContextKit';
import { createKernel, type Kernel } from '../../../../src/main/kernel/createKernel';

interface FakeConnection {
  id: string;
  session: Session | null;
  topics: string[];
}

const session = (userId: string, orgId = 'acme'): Session => ({ userId, userName: userId[0]!.toUpperCase() + userId.slice(1), orgId, orgName: orgId });

describe('presence', () => {
  let kernel: Kernel;
  let owned: OwnedKit | undefined;
  const open: FakeConnection[] = [];
  const listeners = new Set<() => void>();
  const directory: ConnectionDirectory = {
    connections: () => open,
    onDidChangeConnections: (listener) => (listeners.add(listener), () => listeners.delete(listener)),
  };
  const changed = () => listeners.forEach((l) => l());

  /** A bare kernel with the accounts presence rows point to: acme (alice, bob) and globex (carol). */
  function bareKernel(): Kernel {
    const k = createKernel({ file: ':memory:' });
    k.migrate(accountsMigrations);
    const org = k.db.prepare("INSERT INTO orgs (id, name, created_at) VALUES (?, ?, '2026-01-01T00:00:00.000Z')");
    const user = k.db.prepare("INSERT INTO users (id, org_id, name, created_at) VALUES (?, ?, ?, '2026-01-01T00:00:00.000Z')");
    org.run('acme', 'Acme');
    org.run('globex', 'Globex');
    user.run('alice', 'acme', 'Alice');
    user.run('bob', 'acme', 'Bob');
    user.run('carol', 'globex', 'Carol');
    return k;
  }

  function start(): PresenceContext {
    kernel ??= bareKernel();
    owned = createContextKit(kernel, 'presence');
    return createPresenceContext(owned.kit, directory);
  }
  const events = (topic: string) => kernel.log.readSince([topic], 0);

  afterEach(() => {
    owned?.store.dispose();
    owned = undefined;
    kernel?.dispose();
    kernel = undefined as never;
    open.splice(0);
    listeners.clear();
  });

  it('records each signed-in window once, keeps its entry while nothing changes, and lets it go when it closes', () => {
    const presence = start();
    open.push({ id: 'w1', session: session('alice'), topics: [] }, { id: 'w2', session: null, topics: [] });
    changed();
    const [entry] = presence.list('acme');
    expect(presence.list('acme')).toEqual([{ connectionId: 'w1', userId: 'alice', userName: 'Alice', since: entry!.since }]);
    open.push({ id: 'w3', session: session('carol', 'globex'), topics: [] });
    changed();
    changed();
    expect(presence.list('acme')).toEqual([entry]);
    expect(presence.list('globex').map((e) => e.userId)).toEqual(['carol']);
    expect(events('presence:acme').map((e) => e.type)).toEqual(['presence_joined']);
    expect(events('presence:acme')[0]!.actor).toEqual({ kind: 'system', id: 'presence' });
    open.splice(0, 1);
    changed();
    expect(presence.list('acme')).toEqual([]);
    expect(events('presence:acme').map((e) => e.type)).toEqual(['presence_joined', 'presence_left']);
  });

  it('seats a window in the rooms of its own organization it follows, among its other topics, and no others', () => {
    const presence = start();
    open.push({ id: 'w1', session: session('alice'), topics: ['agents:updates:acme', 'presence:acme', 'presence:acme:run.1', 'presence:globex:run.1'] });
    changed();
    const [seat] = presence.room('acme', 'run.1');
    expect(seat).toMatchObject({ connectionId: 'w1', userId: 'alice' });
    expect(presence.room('globex', 'run.1')).toEqual([]);
    changed();
    expect(presence.room('acme', 'run.1')).toEqual([seat]);
    const roomEvents = events('presence:acme:run.1');
    expect(roomEvents.map((e) => e.type)).toEqual(['presence_joined']);
    expect(roomEvents[0]!.actor).toEqual({ kind: 'system', id: 'presence' });
    open[0]!.topics = ['presence:acme'];
    changed();
    expect(presence.room('acme', 'run.1')).toEqual([]);
    expect(events('presence:acme:run.1').map((e) => e.type)).toEqual(['presence_joined', 'presence_left']);
  });

  it('a window signed in as someone else leaves as the old user and joins as the new one', () => {
    const presence = start();
    open.push({ id: 'w1', session: session('alice'), topics: ['presence:acme:case.7'] });
    changed();
    open[0]!.session = session('bob');
    changed();
    expect(presence.list('acme').map((e) => e.userId)).toEqual(['bob']);
    expect(presence.room('acme', 'case.7').map((e) => e.userId)).toEqual(['bob']);
    expect(events('presence:acme').map((e) => e.type)).toEqual(['presence_joined', 'presence_left', 'presence_joined']);
  });

  it('clears the rows a previous run left as soon as it starts, with their events', () => {
    kernel = bareKernel();
    kernel.migrate(presenceMigrations);
    kernel.db.prepare("INSERT INTO presence_connections (connection_id, org_id, user_id, user_name, since) VALUES ('old', 'acme', 'alice', 'Alice', '2026-01-01')").run();
    kernel.db.prepare("INSERT INTO presence_rooms (connection_id, org_id, room, user_id, user_name, since) VALUES ('old', 'acme', 'run.1', 'alice', 'Alice', '2026-01-01')").run();
    const presence = start();
    expect(presence.list('acme')).toEqual([]);
    expect(presence.room('acme', 'run.1')).toEqual([]);
    expect(events('presence:acme').map((e) => e.type)).toEqual(['presence_left']);
    expect(events('presence:acme:run.1').map((e) => e.type)).toEqual(['presence_left']);
  });
});
