/**
 * The presence context: the only writer of `presence_connections` and `presence_rooms`. It follows the sync
 * server's connections (a port the composition injects) and records who has a window open, per organization
 * (`presence:<org>`), and who is in which room (`presence:<org>:<room>`, see `createRoomPresence.ts`), emitting
 * `presence_joined` / `presence_left`. Rows left by a previous run (a crash) are cleared, with their events, at
 * start-up.
 */
import { presenceRoomTopic, presenceTopic, type PresenceEntry, type Session } from '../../../shared/contract';
import { systemRef } from '../../kernel/actor';
import type { ContextKit } from '../../kernel/context/createContextKit';
import { toDisposable } from '../../kernel/disposable';
import { createRoomPresence } from './createRoomPresence';
import { presenceMigrations } from './migrations';

/** How often rooms are checked against what the windows follow (leaving a room sends no event of its own). */
export const ROOM_SWEEP_MS = 250;

/** Who is here, as the rest of main sees it. */
export interface PresenceContext {
  list(orgId: string): PresenceEntry[];
  /** Who is in `room` of organization `orgId`, one entry per window. */
  room(orgId: string, room: string): PresenceEntry[];
}

/** What presence needs of the window connections: who is signed in where, what they follow, and word when that changes. */
export interface ConnectionDirectory {
  connections(): readonly { id: string; session: Session | null; topics: readonly string[] }[];
  onDidChangeConnections(listener: () => void): () => void;
}

interface Row {
  connection_id: string;
  org_id: string;
  user_id: string;
  user_name: string;
  since: string;
}

const toEntry = (row: Row): PresenceEntry => ({ connectionId: row.connection_id, userId: row.user_id, userName: row.user_name, since: row.since });
const topicOf = (orgId: string) => presenceTopic.build({ org: orgId });

export function createPresenceContext(kit: ContextKit, windows: ConnectionDirectory): PresenceContext {
  kit.migrate(presenceMigrations);
  const { db, write } = kit;
  const all = db.prepare<[], Row>('SELECT * FROM presence_connections');
  const byOrg = db.prepare<[string], Row>('SELECT * FROM presence_connections WHERE org_id = ? ORDER BY since, connection_id');
  const insert = db.prepare(
    'INSERT INTO presence_connections (connection_id, org_id, user_id, user_name, since) VALUES (@connectionId, @orgId, @userId, @userName, @since)',
  );
  const remove = db.prepare('DELETE FROM presence_connections WHERE connection_id = ?');

  /** Brings the table in line with the open, signed-in connections. */
  function reconcile() {
    const open = new Map(windows.connections().flatMap((c) => (c.session ? [[c.id, c.session] as const] : [])));
    const rows = all.all();
    const left = rows.filter((row) => open.get(row.connection_id)?.userId !== row.user_id);
    const known = new Set(rows.filter((row) => !left.includes(row)).map((row) => row.connection_id));
    const joined = [...open].filter(([id]) => !known.has(id));
    if (left.length === 0 && joined.length === 0) return;
    // Windows come and go on their own (closed, crashed, reloaded): the app records it, not a user's command.
    write(systemRef('presence'), (emit) => {
      for (const row of left) {
        remove.run(row.connection_id);
        emit(topicOf(row.org_id), { type: 'presence_left', payload: { connectionId: row.connection_id } });
      }
      for (const [connectionId, session] of joined) {
        const entry: PresenceEntry = { connectionId, userId: session.userId, userName: session.userName, since: new Date().toISOString() };
        insert.run({ ...entry, orgId: session.orgId });
        emit(topicOf(session.orgId), { type: 'presence_joined', payload: { entry } });
      }
    });
  }

  const rooms = createRoomPresence(kit, windows);
  reconcile();
  rooms.reconcile();
  kit.own(
    toDisposable(
      windows.onDidChangeConnections(() => {
        reconcile();
        rooms.reconcile();
      }),
    ),
  );
  // Subscribing and unsubscribing change no connection, so rooms are also swept; a crash or drop leaves at once.
  const sweep = setInterval(() => rooms.reconcile(), ROOM_SWEEP_MS);
  sweep.unref();
  kit.own(toDisposable(() => clearInterval(sweep)));

  kit.view('presence.list', (_params, actor) => byOrg.all(actor.orgId).map(toEntry));
  kit.view('presence.room', ({ room }, actor) => {
    // A window subscribes before it loads, so it is seated now, and its snapshot already shows it.
    rooms.reconcile();
    return rooms.list(actor.orgId, room);
  });
  kit.authorize(presenceTopic, (actor, params) => actor.orgId === params.org);
  kit.authorize(presenceRoomTopic, (actor, params) => actor.orgId === params.org);

  return { list: (orgId) => byOrg.all(orgId).map(toEntry), room: (orgId, room) => rooms.list(orgId, room) };
}
