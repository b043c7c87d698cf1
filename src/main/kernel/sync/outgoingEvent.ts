/**
 * An event as windows receive it, made once per committed event however many windows get it: every outbox hands its
 * transport the same object, and a transport that sends text asks it for its JSON once for every socket.
 * It is a plain `WireEvent` to everything else: its JSON text is kept in a private field, which neither
 * `JSON.stringify`, structured clone (IPC) nor equality checks see.
 * @internal Made by committed events (see committedEvent); read by the WebSocket transport.
 */
import type { WireEvent } from '../../../shared/contract';

export class OutgoingEvent implements WireEvent {
  readonly seq: number;
  readonly topic: string;
  readonly type: string;
  readonly payload: unknown;
  readonly at: number;
  /** The payload as the log stored it, until the text is made from it. */
  #payloadJson: string | undefined;
  #text: string | undefined;

  constructor(seq: number, topic: string, type: string, payload: unknown, at: number, payloadJson?: string) {
    this.seq = seq;
    this.topic = topic;
    this.type = type;
    this.payload = payload;
    this.at = at;
    this.#payloadJson = payloadJson;
  }

  /** Exactly `JSON.stringify(this)`, made once, from the payload's stored JSON when the log gave it. */
  get text(): string {
    if (this.#text === undefined) {
      const payload = this.#payloadJson ?? JSON.stringify(this.payload);
      this.#text = `{"seq":${this.seq},"topic":${JSON.stringify(this.topic)},"type":${JSON.stringify(this.type)},"payload":${payload},"at":${this.at}}`;
      this.#payloadJson = undefined;
    }
    return this.#text;
  }
}

/** The JSON text of a delta's event: kept on the event when the kernel made it, else made now. */
export function wireEventText(event: WireEvent): string {
  return event instanceof OutgoingEvent ? event.text : JSON.stringify(event);
}
