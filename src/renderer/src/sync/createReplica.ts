/**
 * One view's local copy: a snapshot at seq S plus every later event on the view's topics, applied in seq order.
 * Events that arrive while the snapshot is in flight are buffered and those at or below S dropped, so nothing is
 * lost, duplicated or applied out of order. React-free; stores wrap it.
 * @internal Created by the sync client.
 */
import type { z } from 'zod';
import { fastParse, ProtocolError, type SwitchboardError, type TopicEvent, type WireEvent } from '../../../shared/contract';

export type ReplicaStatus = 'loading' | 'live' | 'stale' | 'error';

export interface ReplicaState<D> {
  readonly status: ReplicaStatus;
  readonly data: D | undefined;
  /** Every event on the view's topics up to this seq is reflected in `data`. */
  readonly seq: number;
  readonly error: SwitchboardError | undefined;
}

/** An event as a replica applies it: validated against its topic family, so typed by the view's events. */
export type ReplicaEvent<E extends TopicEvent = TopicEvent> = { readonly seq: number; readonly topic: string } & E;

/** How a replica turns its snapshot into state (`init`) and applies each later event (`reduce`). All pure. */
export interface ReplicaReducer<D, S, E extends TopicEvent> {
  init(snapshot: D): S;
  reduce(state: S, event: ReplicaEvent<E>): S;
  /**
   * Optional: several events at once, with the same result as `reduce` on each in turn, for less work (one copy of
   * a big list for a burst or a replay instead of one per event). Called for two or more events.
   */
  reduceAll?(state: S, events: readonly ReplicaEvent<E>[]): S;
}

/** A live view replica. */
export interface Replica<D> {
  readonly key: string;
  readonly topics: readonly string[];
  getState(): ReplicaState<D>;
  subscribe(listener: (state: ReplicaState<D>) => void): () => void;
  dispose(): void;
}

/** @internal The sync client's handle on a replica. */
export interface ReplicaDriver<D> extends Replica<D> {
  /** Starts (or restarts) loading: events are buffered until `loaded`. */
  beginLoad(): void;
  /** The snapshot arrived: checked against the view's data schema, then turned into state. */
  loaded(seq: number, snapshot: unknown): void;
  failed(error: SwitchboardError): void;
  /** Applies events of one delta batch (already filtered to this replica's topics). */
  receive(events: readonly WireEvent[]): void;
  /** The batch's `upTo`: everything up to it has been delivered. */
  advance(upTo: number): void;
  /** The connection dropped: keep the data, stop trusting `upTo` until the topics are resubscribed. */
  markStale(): void;
  /** The topics are subscribed again on the new connection: `upTo` counts for this replica again. */
  resubscribed(): void;
  markLive(): void;
  readonly isLoading: boolean;
}

export function createReplica<D, S, E extends TopicEvent>(
  key: string,
  topics: readonly string[],
  schema: z.ZodType<D>,
  reducer: ReplicaReducer<D, S, E>,
  onDispose: () => void,
): ReplicaDriver<S> {
  let state: ReplicaState<S> = { status: 'loading', data: undefined, seq: 0, error: undefined };
  let buffer: WireEvent[] = [];
  let loading = true;
  let suspended = false;
  const listeners = new Set<(state: ReplicaState<S>) => void>();
  const topicSet = new Set(topics);

  const set = (next: Partial<ReplicaState<S>>) => {
    state = { ...state, ...next };
    listeners.forEach((l) => l(state));
  };

  function apply(data: S, seq: number, events: readonly WireEvent[]): { data: S; seq: number } {
    // The sync client checked every event against its topic family's schema, and this replica's topics are its
    // view's, so each event kept is one of the view's events: the one place a wire event becomes typed.
    const kept: ReplicaEvent<E>[] = [];
    for (const event of events) {
      if (event.seq <= seq || !topicSet.has(event.topic)) continue;
      kept.push(event as ReplicaEvent<E>);
      seq = event.seq;
    }
    if (kept.length > 1 && reducer.reduceAll) return { data: reducer.reduceAll(data, kept), seq };
    for (const event of kept) data = reducer.reduce(data, event);
    return { data, seq };
  }

  return {
    key,
    topics,
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispose() {
      listeners.clear();
      buffer = [];
      onDispose();
    },
    get isLoading() {
      return loading;
    },
    beginLoad() {
      loading = true;
      buffer = [];
      if (state.status !== 'loading') set({ status: state.data === undefined ? 'loading' : 'stale' });
    },
    loaded(seq, snapshot) {
      const parsed = fastParse(schema, snapshot);
      if (!parsed.success) return this.failed(new ProtocolError(`The snapshot of ${key} does not match the contract`, parsed.error.issues));
      const next = apply(reducer.init(parsed.data), seq, buffer);
      buffer = [];
      loading = false;
      set({ status: 'live', data: next.data, seq: next.seq, error: undefined });
    },
    failed(error) {
      loading = false;
      buffer = [];
      set({ status: 'error', error });
    },
    receive(events) {
      if (loading) {
        buffer.push(...events);
        return;
      }
      if (state.data === undefined) return;
      const next = apply(state.data, state.seq, events);
      if (next.seq !== state.seq) set({ data: next.data, seq: next.seq });
    },
    advance(upTo) {
      // `upTo` speaks only for topics the connection had subscribed when it was sent: not for a replica still
      // loading its snapshot, nor for one whose topics a new connection has not resubscribed yet.
      if (!loading && !suspended && upTo > state.seq) state = { ...state, seq: upTo };
    },
    markStale() {
      suspended = true;
      if (state.status === 'live') set({ status: 'stale' });
    },
    resubscribed() {
      suspended = false;
    },
    markLive() {
      if (!loading && state.status === 'stale') set({ status: 'live' });
    },
  };
}
