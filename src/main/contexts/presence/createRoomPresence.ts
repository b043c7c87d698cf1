/**
 * Presence rooms: who is viewing which view or entity. A window is in room `R` of its organization while its
 * connection follows `presence:<org>:R` (the `presence.room` view), like a Phoenix channel tracked while joined; it
 * leaves when it stops following (navigation, after the renderer's release grace), signs in as someone else, crashes
 * or loses its connection. Every join and leave is a row and an event on the room's topic.
 * @internal Created by the presence context.
 */
import { presenceRoomTopic, type PresenceEntry, type Session } from '../../../shared/contract';
import { systemRef } from '../../kernel/actor';
import type { ContextKit } from '../../kernel/context/createContextKit';
import type { ConnectionDirectory } from './index';

interface RoomRow {
  connection_id: string;
  org_id: string;
  room: string;
  user_id: string;
  user_name: string;
  since: string;
}

/** A window's seat in a room, as reconciled against the open connections. */
interface Seat {
  connectionId: string;
  orgId: string;
  room: string;
  session: Session;
}

const keyOf = (connectionId: string, orgId: string, room: string) => JSON.stringify([connectionId, orgId, room]);
export const toRoomEntry = (row: RoomRow): PresenceEntry => ({
  connectionId: row.connection_id,
  userId: row.user_id,
  userName: row.user_name,
  since: row.since,
});

export interface RoomPresence {
  /** Brings the rooms in line with what the open connections follow; writes only what changed. */
  reconcile(): void;
  list(orgId: string, room: string): PresenceEntry[];
}

export function createRoomPresence(kit: ContextKit, windows: ConnectionDirectory): RoomPresence {
  const { db, write } = kit;
  const all = db.prepare<[], RoomRow>('SELECT * FROM presence_rooms');
  const inRoom = db.prepare<[string, string], RoomRow>('SELECT * FROM presence_rooms WHERE org_id = ? AND room = ? ORDER BY since, connection_id');
  const insert = db.prepare(
    'INSERT INTO presence_rooms (connection_id, org_id, room, user_id, user_name, since) VALUES (@connectionId, @orgId, @room, @userId, @userName, @since)',
  );
  const remove = db.prepare('DELETE FROM presence_rooms WHERE connection_id = ? AND org_id = ? AND room = ?');

  /** The rooms each signed-in connection follows right now. */
  function seats(): Map<string, Seat> {
    const found = new Map<string, Seat>();
    for (const connection of windows.connections()) {
      const { session } = connection;
      if (!session) continue;
      for (const topic of connection.topics) {
        const params = presenceRoomTopic.match(topic);
        // The kernel authorized the subscription, so the org is the session's; checked again as it costs nothing.
        if (!params || params.org !== session.orgId) continue;
        found.set(keyOf(connection.id, session.orgId, params.room!), { connectionId: connection.id, orgId: session.orgId, room: params.room!, session });
      }
    }
    return found;
  }

  function reconcile() {
    const open = seats();
    const rows = all.all();
    const left = rows.filter((row) => open.get(keyOf(row.connection_id, row.org_id, row.room))?.session.userId !== row.user_id);
    const kept = new Set(rows.filter((row) => !left.includes(row)).map((row) => keyOf(row.connection_id, row.org_id, row.room)));
    const joined = [...open].filter(([key]) => !kept.has(key)).map(([, seat]) => seat);
    if (left.length === 0 && joined.length === 0) return;
    // Windows enter and leave rooms on their own (navigation, crashes): the app records it, not a user's command.
    write(systemRef('presence'), (emit) => {
      for (const row of left) {
        remove.run(row.connection_id, row.org_id, row.room);
        emit(presenceRoomTopic.build({ org: row.org_id, room: row.room }), { type: 'presence_left', payload: { connectionId: row.connection_id } });
      }
      for (const seat of joined) {
        const entry: PresenceEntry = { connectionId: seat.connectionId, userId: seat.session.userId, userName: seat.session.userName, since: new Date().toISOString() };
        insert.run({ ...entry, orgId: seat.orgId, room: seat.room });
        emit(presenceRoomTopic.build({ org: seat.orgId, room: seat.room }), { type: 'presence_joined', payload: { entry } });
      }
    });
  }

  return { reconcile, list: (orgId, room) => inRoom.all(orgId, room).map(toRoomEntry) };
}
