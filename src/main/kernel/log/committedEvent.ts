/**
 * A logged event as the kernel hands it round (a `LogEvent`), which also makes its wire form once, on first ask,
 * for every window that gets it: no per-event map to look it up in (a WeakMap entry per event cost more than the
 * JSON itself at 100k events/s, mostly in the collector).
 * @internal Made by the event log.
 */
import type { ActorRef, LogEvent, WireEvent } from '../../../shared/contract';
import { OutgoingEvent } from '../sync/outgoingEvent';

export class CommittedEvent {
  readonly seq: number;
  readonly topic: string;
  readonly actor: ActorRef;
  readonly size: number;
  readonly at: number;
  readonly type: string;
  readonly payload: unknown;
  declare scope?: string;
  /** The payload as stored, kept for the wire form's text until it is made. */
  #payloadJson: string | undefined;
  #wire: OutgoingEvent | undefined;

  private constructor(seq: number, topic: string, actor: ActorRef, payloadJson: string, at: number, type: string, payload: unknown, scope: string | undefined) {
    this.seq = seq;
    this.topic = topic;
    this.actor = actor;
    this.size = payloadJson.length;
    this.at = at;
    this.type = type;
    this.payload = payload;
    if (scope !== undefined) this.scope = scope;
    this.#payloadJson = payloadJson;
  }

  /** Typed as the log event it is: `type` and `payload` were checked against `topic` by whoever emitted it. */
  static create(seq: number, topic: string, actor: ActorRef, payloadJson: string, at: number, type: string, payload: unknown, scope?: string): LogEvent {
    return new CommittedEvent(seq, topic, actor, payloadJson, at, type, payload, scope) as unknown as LogEvent;
  }

  get wire(): WireEvent {
    if (this.#wire === undefined) {
      this.#wire = new OutgoingEvent(this.seq, this.topic, this.type, this.payload, this.at, this.#payloadJson);
      this.#payloadJson = undefined;
    }
    return this.#wire;
  }
}
