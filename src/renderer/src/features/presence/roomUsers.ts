/** A room's users as the avatars show them: once each, with how many windows they have in it, the viewer apart. */
import type { PresenceEntry } from '../../../../shared/contract';
import { distinctUsers } from './distinctUsers';

export type RoomUser = ReturnType<typeof distinctUsers>[number];

export interface RoomUsers {
  /** Everyone in the room, the viewer included, in order of arrival. */
  readonly users: RoomUser[];
  /** Everyone but the viewer. */
  readonly others: RoomUser[];
}

export function roomUsers(entries: readonly PresenceEntry[] | undefined, me: string | undefined): RoomUsers {
  const users = distinctUsers(entries);
  return { users, others: users.filter((u) => u.userId !== me) };
}

/** What a screen reader hears: "Also viewing: Bob (2 windows), Carol". */
export function roomLabel(others: readonly RoomUser[]): string {
  if (others.length === 0) return 'Nobody else is viewing this';
  return `Also viewing: ${others.map((u) => (u.windows > 1 ? `${u.userName} (${u.windows} windows)` : u.userName)).join(', ')}`;
}
