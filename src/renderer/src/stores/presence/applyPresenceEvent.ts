/** How one event on an organization's presence topic changes the list of open windows. Pure, like every reducer. */
import type { PresenceEntry, PresenceEvent, WireEvent } from '../../../../shared/contract';

export function applyPresenceEvent(entries: PresenceEntry[], wire: WireEvent): PresenceEntry[] {
  const event = wire as unknown as PresenceEvent;
  switch (event.type) {
    case 'presence_joined':
      return [...entries.filter((e) => e.connectionId !== event.payload.entry.connectionId), event.payload.entry];
    case 'presence_left':
      return entries.filter((e) => e.connectionId !== event.payload.connectionId);
    default:
      return entries;
  }
}
