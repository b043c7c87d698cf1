/**
 * An event as windows receive it. The log's events make theirs once, whatever the number of windows (every outbox
 * hands its transport the same object, so a transport can serialize it once and share the text); any other event
 * gets a fresh one.
 * @internal Used by the outboxes.
 */
import type { LogEvent, WireEvent } from '../../../shared/contract';
import { CommittedEvent } from '../log/committedEvent';
import { OutgoingEvent } from './outgoingEvent';

export function toWireEvent(event: LogEvent): WireEvent {
  if (event instanceof CommittedEvent) return event.wire;
  return new OutgoingEvent(event.seq, event.topic, event.type, event.payload, event.at);
}
