/**
 * The frame union: everything that crosses a transport, in both directions, discriminated on `kind`.
 * Transports validate incoming frames with these schemas; everything behind them trusts the types.
 */
import { z } from 'zod';
import { errorCodes } from './errors';

const requestId = z.number().int().nonnegative();
const seq = z.number().int().nonnegative();
const topic = z.string().min(1).max(256);

/**
 * An event as delivered: the log's seq, its topic, `{ type, payload }` checked per topic family by the receiver, and
 * when it committed (epoch ms), so a window can tell how long delivery took.
 */
export const wireEventSchema = z.object({ seq, topic, type: z.string(), payload: z.unknown(), at: z.number().optional() });
export type WireEvent = z.infer<typeof wireEventSchema>;

export const clientFrameSchema = z.discriminatedUnion('kind', [
  /** First frame from a page: asks for a (fresh) connection; main answers `welcome`. */
  z.object({ kind: z.literal('hello') }),
  z.object({ kind: z.literal('command'), id: requestId, name: z.string().min(1).max(128), input: z.unknown() }),
  /** `since`: resume after this seq (replayed from the log); omitted: start from now (a snapshot follows). */
  z.object({
    kind: z.literal('subscribe'),
    id: requestId,
    topics: z.array(z.object({ topic, since: seq.optional() })).min(1).max(256),
  }),
  z.object({ kind: z.literal('unsubscribe'), id: requestId, topics: z.array(topic).min(1).max(256) }),
  z.object({ kind: z.literal('snapshot'), id: requestId, view: z.string().min(1).max(128), params: z.unknown() }),
  /** Credit back for a delivered delta batch: flow control against slow or frozen windows. */
  z.object({ kind: z.literal('ack'), batch: z.number().int().nonnegative() }),
]);
export type ClientFrame = z.infer<typeof clientFrameSchema>;

export const wireErrorSchema = z.object({ code: z.enum(errorCodes), message: z.string(), details: z.unknown().optional() });

export const serverFrameSchema = z.discriminatedUnion('kind', [
  /**
   * First frame on every connection. A changed `epoch` means a different database: drop everything and resync.
   * `window`: delta batches the host lets this connection leave unacknowledged (without it, ack every batch).
   */
  z.object({ kind: z.literal('welcome'), epoch: z.string(), head: seq, window: z.number().int().positive().optional() }),
  z.object({ kind: z.literal('result'), id: requestId, value: z.unknown(), seq: seq.optional() }),
  /**
   * Leading rows of a big snapshot, sent ahead of its `result` (whose data holds the rest), so the window receives
   * and parses them while the host still serializes the next: a 10,000-row view is 2.4 MB as one frame. `total`:
   * the snapshot's rows in all, so a window that lost a part knows it instead of showing a view with rows missing.
   */
  z.object({ kind: z.literal('part'), id: requestId, rows: z.array(z.unknown()), total: z.number().int().nonnegative() }),
  z.object({ kind: z.literal('error'), id: requestId.optional(), error: wireErrorSchema }),
  /**
   * Committed events in seq order. `upTo`: every event with seq <= upTo on this connection's topics has now
   * been sent, so a replica that applies this batch is current up to `upTo`.
   */
  z.object({ kind: z.literal('delta'), batch: z.number().int().nonnegative(), upTo: seq, events: z.array(wireEventSchema) }),
  /** A push on a followed topic: delivered live, never logged, no seq (transient notifications, toasts, flashes). */
  z.object({ kind: z.literal('push'), topic, type: z.string(), payload: z.unknown(), at: z.number() }),
  /** The connection fell too far behind (or its resume point is gone from the log): re-snapshot these topics. */
  z.object({ kind: z.literal('resync'), topics: z.array(topic), reason: z.string() }),
]);
export type ServerFrame = z.infer<typeof serverFrameSchema>;

export type Frame = ClientFrame | ServerFrame;

/** Results of `subscribe`: the topics whose `since` the log could not honour must be re-snapshotted. */
export const subscribeResultSchema = z.object({ head: seq, resync: z.array(topic) });
export type SubscribeResult = z.infer<typeof subscribeResultSchema>;

export const snapshotResultSchema = z.object({ seq, data: z.unknown() });
export type SnapshotResult<D = unknown> = { seq: number; data: D };
