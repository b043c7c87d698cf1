/**
 * One window's queue of committed events on their way out. It coalesces everything published in a tick into one
 * delta batch, keeps at most `window` batches and `maxInFlightBytes` unacknowledged (credit flow control,
 * transport-agnostic), and when a window falls too far behind drops its queue and asks it to resync instead of
 * growing without bound. Batches and the queue are bounded in bytes as well as events, so a window that never
 * acknowledges costs the host at most `maxQueuedBytes + maxInFlightBytes` (console output makes events of very
 * different sizes; one event larger than that still goes, alone).
 * @internal Owned by a connection.
 */
import type { LogEvent, ServerFrame } from '../../../shared/contract';
import { stageProbe } from '../stageProbe';
import { toWireEvent } from './toWireEvent';

export interface OutboxLimits {
  /**
   * Unacknowledged batches allowed in flight. Several commits made in one turn each leave as their own batch, and
   * their acks can only be read once that turn is over: too few batches and the last commits of a burst wait for them.
   * A window acknowledges once per half window, so a wider one also means fewer acks (bytes in flight are capped
   * apart, by `maxInFlightBytes`).
   */
  window: number;
  /** Events per delta batch. */
  maxBatch: number;
  /** Queued events beyond which the window is told to resync. */
  maxQueued: number;
  /** Payload bytes per delta batch (a batch holds at least one event, whatever its size). */
  maxBatchBytes?: number;
  /** Queued payload bytes beyond which the window is told to resync. */
  maxQueuedBytes?: number;
  /** Payload bytes of unacknowledged batches allowed in flight (a batch is cut to fit). */
  maxInFlightBytes?: number;
}

export const defaultOutboxLimits: Required<OutboxLimits> = {
  window: 64,
  maxBatch: 2000,
  maxQueued: 50_000,
  maxBatchBytes: 4 * 2 ** 20,
  maxQueuedBytes: 32 * 2 ** 20,
  maxInFlightBytes: 16 * 2 ** 20,
};

export interface Outbox {
  /** Queues `event` for the next batch, sent on the next turn of the event loop or by `flushNow`. */
  push(event: LogEvent): void;
  /** Sends what is queued now (credit permitting) instead of on the next turn: the writer's commit is complete. */
  flushNow(): void;
  /** Sends an (possibly empty) batch soon, so the window learns it is current up to head (after a command). */
  mark(): void;
  ack(batch: number): void;
  /** Leaves the dropping state: the window re-subscribed after a resync. */
  resume(): void;
  readonly queued: number;
  /** Payload bytes queued. */
  readonly queuedBytes: number;
  readonly inFlight: number;
  /** Batches it lets the window leave unacknowledged (its limits merged with the defaults). */
  readonly window: number;
  readonly dropping: boolean;
  dispose(): void;
}

/** Told how long the oldest event of each batch waited between its commit and leaving (the kernel's statistics). */
export type SentListener = (waitedMs: number) => void;

export function createOutbox(
  send: (frame: ServerFrame) => void,
  head: () => number,
  onOverflow: () => void,
  given: OutboxLimits = defaultOutboxLimits,
  onSent?: SentListener,
): Outbox {
  const limits: Required<OutboxLimits> = { ...defaultOutboxLimits, ...given };
  let queue: LogEvent[] = [];
  let queuedBytes = 0;
  // When the oldest queued event arrived: publishing follows its commit synchronously, so this is its commit time.
  let oldestAt = 0;
  let start = 0;
  let batch = 0;
  let acked = 0;
  // Payload bytes of each unacknowledged batch, oldest first (batch acked + 1 onwards).
  const inFlightSizes: number[] = [];
  let inFlightBytes = 0;
  let marked = false;
  let dropping = false;
  let scheduled: NodeJS.Immediate | undefined;
  let disposed = false;

  const size = () => queue.length - start;

  function schedule() {
    if (scheduled || disposed) return;
    scheduled = setImmediate(flush);
  }

  function flush() {
    scheduled = undefined;
    if (disposed || dropping) return;
    while (batch - acked < limits.window && (size() > 0 || marked)) {
      const credit = limits.maxInFlightBytes - inFlightBytes;
      // Out of byte credit: wait for acks, unless nothing is in flight (then one event goes, whatever its size).
      if (size() > 0 && queue[start]!.size > credit && batch > acked) break;
      const room = Math.min(limits.maxBatchBytes, credit);
      let end = start;
      let bytes = 0;
      const last = Math.min(queue.length, start + limits.maxBatch);
      while (end < last && (end === start || bytes + queue[end]!.size <= room)) bytes += queue[end++]!.size;
      const events = queue.slice(start, end);
      start = end;
      queuedBytes -= bytes;
      if (start === queue.length) {
        queue = [];
        start = 0;
      }
      // Publishing is synchronous after commit, so once the queue is drained every event up to head is in it.
      const upTo = size() === 0 ? head() : events[events.length - 1]!.seq;
      marked = false;
      batch++;
      inFlightSizes.push(bytes);
      inFlightBytes += bytes;
      // Events left queued arrived after `oldestAt`, so it stays an upper bound for the next batch.
      if (events.length > 0) onSent?.(performance.now() - oldestAt);
      const frame: ServerFrame = {
        kind: 'delta',
        batch,
        upTo,
        events: events.map(toWireEvent),
      };
      stageProbe.current?.flushed(frame);
      send(frame);
    }
  }

  return {
    push(event) {
      if (dropping || disposed) return;
      if (queue.length === start) oldestAt = performance.now();
      queue.push(event);
      queuedBytes += event.size;
      if (size() > limits.maxQueued || queuedBytes > limits.maxQueuedBytes) {
        queue = [];
        start = 0;
        queuedBytes = 0;
        marked = false;
        dropping = true;
        onOverflow();
        return;
      }
      schedule();
    },
    flushNow() {
      if (!scheduled) return;
      clearImmediate(scheduled);
      flush();
    },
    mark() {
      if (dropping || disposed) return;
      marked = true;
      schedule();
    },
    ack(n) {
      if (n > acked && n <= batch) {
        for (const bytes of inFlightSizes.splice(0, n - acked)) inFlightBytes -= bytes;
        acked = n;
      }
      // Most acks find nothing waiting for their credit: no turn of the event loop to schedule then.
      if (size() > 0 || marked) schedule();
    },
    resume() {
      dropping = false;
    },
    get queued() {
      return size();
    },
    get queuedBytes() {
      return queuedBytes;
    },
    get inFlight() {
      return batch - acked;
    },
    window: limits.window,
    get dropping() {
      return dropping;
    },
    dispose() {
      disposed = true;
      if (scheduled) clearImmediate(scheduled);
      queue = [];
      queuedBytes = 0;
    },
  };
}
