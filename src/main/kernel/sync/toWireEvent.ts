/**
 * An event as windows receive it, built once per logged event whatever the number of windows: every outbox hands
 * its transport the same object, so a transport can serialize it once and share the bytes (see serializeFrame).
 * @internal Used by the outboxes.
 */
import type { LogEvent, WireEvent } from '../../../shared/contract';

const wireEvents = new WeakMap<LogEvent, WireEvent>();

export function toWireEvent(event: LogEvent): WireEvent {
  let wire = wireEvents.get(event);
  if (wire === undefined) {
    wire = { seq: event.seq, topic: event.topic, type: event.type, payload: event.payload, at: event.at };
    wireEvents.set(event, wire);
  }
  return wire;
}
