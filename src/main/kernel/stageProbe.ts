/**
 * A bench-only hook on an event's way from commit to the socket: bench/hostWorker installs a probe to time each
 * stage (commit, publish, outbox, serialize). The product never installs one, so a stage costs one check of
 * an unset field. A transport calls `serialized`; `peer` tells its connections apart.
 * @internal Installed by the bench only.
 */
import type { LogEvent, ServerFrame } from '../../shared/contract';

export interface StageProbe {
  /** A write's transaction committed; its events are not published yet. */
  committed(events: readonly LogEvent[]): void;
  /** The write's events reached every subscriber (outboxes included). */
  published(events: readonly LogEvent[]): void;
  /** An outbox hands a frame to its transport. */
  flushed(frame: ServerFrame): void;
  /** A transport has the frame's bytes, about to send them. */
  serialized(frame: ServerFrame, peer: object): void;
}

export const stageProbe: { current: StageProbe | undefined } = { current: undefined };
