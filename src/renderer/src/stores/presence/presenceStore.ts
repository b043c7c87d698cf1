/** Who of this organization has a window open (the `presence.list` replica), for the top bar's avatars. */
import type { PresenceEntry } from '../../../../shared/contract';
import type { SyncClient } from '../../sync/createSyncClient';
import { createReplicaStore, type ReplicaStore } from '../createReplicaStore';
import { presenceReducer } from './applyPresenceEvent';

export type PresenceStore = ReplicaStore<PresenceEntry[]>;

export function createPresenceStore(client: Pick<SyncClient, 'watch'>, options: { graceMs?: number } = {}): PresenceStore {
  return createReplicaStore(client, 'presence.list', {}, presenceReducer, { graceMs: options.graceMs });
}

/** One entry per user, however many windows they have open, in order of arrival. */
export function distinctUsers(entries: readonly PresenceEntry[] | undefined): { userId: string; userName: string; windows: number }[] {
  const users = new Map<string, { userId: string; userName: string; windows: number }>();
  for (const entry of entries ?? []) {
    const user = users.get(entry.userId);
    if (user) user.windows++;
    else users.set(entry.userId, { userId: entry.userId, userName: entry.userName, windows: 1 });
  }
  return [...users.values()];
}
