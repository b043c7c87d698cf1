/**
 * A server frame as WebSocket text, equal to `JSON.stringify(frame)`. A delta's events are serialized once each and
 * the text shared by every socket that sends them (the kernel hands out one object per event, which keeps its text),
 * so eight windows cost one JSON pass per event, not eight; only the small envelope is built per window.
 */
import type { ServerFrame } from '../../../shared/contract';
import { wireEventText } from '../../kernel/transport';

export function serializeFrame(frame: ServerFrame): string {
  if (frame.kind !== 'delta') return JSON.stringify(frame);
  let events = '';
  for (let i = 0; i < frame.events.length; i++) events += (i === 0 ? '' : ',') + wireEventText(frame.events[i]!);
  // The same key order as the outbox's literal, so the text is byte for byte what JSON.stringify would give.
  return `{"kind":"delta","batch":${frame.batch},"upTo":${frame.upTo},"events":[${events}]}`;
}
