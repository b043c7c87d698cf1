/**
 * Checks each delivered event against its topic family's schema before any replica applies it. An event that
 * does not match the contract is dropped and its topic re-snapshotted, so a replica never holds a malformed row.
 * @internal Used by the sync client.
 */
import { fastParse, findTopicFamily, type WireEvent } from '../../../shared/contract';

export function validateEvents(events: readonly WireEvent[], onInvalid: (topic: string) => void): WireEvent[] {
  const valid: WireEvent[] = [];
  for (const event of events) {
    const family = findTopicFamily(event.topic)?.family;
    if (family && fastParse(family.event, { type: event.type, payload: event.payload }).success) valid.push(event);
    else {
      console.error(`switchboard: dropped event ${event.seq} on ${event.topic}: it does not match the contract`);
      onInvalid(event.topic);
    }
  }
  return valid;
}
