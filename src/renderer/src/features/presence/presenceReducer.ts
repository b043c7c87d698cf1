/** How one event on a presence topic (an organization's, or a room's) changes the list of windows. Pure, like every reducer. */
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

/** A room's windows (`presence.room`): the same events, on the room's topic. */
export const presenceRoomReducer: ViewReducer<'presence.room', PresenceEntry[]> = { init: (entries) => entries, reduce: applyPresenceEvent };
