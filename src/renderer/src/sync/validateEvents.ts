/**
 * Checks each delivered event against its topic family's schema before any replica applies it. An event that
 * does not match the contract is dropped and its topic re-snapshotted, so a replica never holds a malformed row.
 * @internal Used by the sync client.
 */
import { fastParse, findTopicFamily, type ContractFamily, type WireEvent } from '../../../shared/contract';

// A window follows a handful of topics and each delivers many events: their families are looked up once, not by
// matching every family's pattern per event. Bounded, for a window that opens run after run for days.
const MAX_REMEMBERED = 2048;
const families = new Map<string, ContractFamily | null>();

function familyOf(topic: string): ContractFamily | null {
  let family = families.get(topic);
  if (family === undefined) {
    if (families.size >= MAX_REMEMBERED) families.clear();
    family = findTopicFamily(topic)?.family ?? null;
    families.set(topic, family);
  }
  return family;
}

export function validateEvents(events: readonly WireEvent[], onInvalid: (topic: string) => void): WireEvent[] {
  const valid: WireEvent[] = [];
  for (const event of events) {
    const family = familyOf(event.topic);
    if (family && fastParse(family.event, { type: event.type, payload: event.payload }).success) valid.push(event);
    else {
      console.error(`switchboard: dropped event ${event.seq} on ${event.topic}: it does not match the contract`);
      onInvalid(event.topic);
    }
  }
  return valid;
}
