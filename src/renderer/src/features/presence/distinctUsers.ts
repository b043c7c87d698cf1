/** One entry per user, however many windows they have open, in order of arrival: what the avatars show. */
import type { PresenceEntry } from '../../../../shared/contract';

export function distinctUsers(entries: readonly PresenceEntry[] | undefined): { userId: string; userName: string; windows: number }[] {
  const users = new Map<string, { userId: string; userName: string; windows: number }>();
  for (const entry of entries ?? []) {
    const user = users.get(entry.userId);
    if (user) user.windows++;
    else users.set(entry.userId, { userId: entry.userId, userName: entry.userName, windows: 1 });
  }
  return [...users.values()];
}
