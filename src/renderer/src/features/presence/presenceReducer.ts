/** How one event on an organization's presence topic changes the list of open windows. Pure, like every reducer. */
import type { PresenceEntry, PresenceEvent } from '../../../../shared/contract';
import type { ReplicaEvent } from '../../sync/createReplica';
import type { ViewReducer } from '../../sync/createSyncClient';

export function applyPresenceEvent(entries: PresenceEntry[], event: ReplicaEvent<PresenceEvent>): PresenceEntry[] {
  switch (event.type) {
    case 'presence_joined':
      return [...entries.filter((e) => e.connectionId !== event.payload.entry.connectionId), event.payload.entry];
    case 'presence_left':
      return entries.filter((e) => e.connectionId !== event.payload.connectionId);
    default:
      return entries;
  }
}

export const presenceReducer: ViewReducer<'presence.list', PresenceEntry[]> = { init: (entries) => entries, reduce: applyPresenceEvent };
