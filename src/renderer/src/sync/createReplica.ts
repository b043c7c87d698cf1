/**
 * One view's local copy: a snapshot at seq S plus every later event on the view's topics, applied in seq order.
 * Events that arrive while the snapshot is in flight are buffered and those at or below S dropped, so nothing is
 * lost, duplicated or applied out of order. React-free; stores wrap it.
 * @internal Created by the sync client.
 */
import type { SwitchboardError, WireEvent } from '../../../shared/contract';

export type ReplicaStatus = 'loading' | 'live' | 'stale' | 'error';

export interface ReplicaState<D> {
  readonly status: ReplicaStatus;
  readonly data: D | undefined;
  /** Every event on the view's topics up to this seq is reflected in `data`. */
  readonly seq: number;
  readonly error: SwitchboardError | undefined;
}

export type Reducer<D> = (data: D, event: WireEvent) => D;

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
  loaded(seq: number, data: D): void;
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

export function createReplica<D>(key: string, topics: readonly string[], reduce: Reducer<D>, onDispose: () => void): ReplicaDriver<D> {
  let state: ReplicaState<D> = { status: 'loading', data: undefined, seq: 0, error: undefined };
  let buffer: WireEvent[] = [];
  let loading = true;
  let suspended = false;
  const listeners = new Set<(state: ReplicaState<D>) => void>();
  const topicSet = new Set(topics);

  const set = (next: Partial<ReplicaState<D>>) => {
    state = { ...state, ...next };
    listeners.forEach((l) => l(state));
  };

  function apply(data: D, seq: number, events: readonly WireEvent[]): { data: D; seq: number } {
    for (const event of events) {
      if (event.seq <= seq || !topicSet.has(event.topic)) continue;
      data = reduce(data, event);
      seq = event.seq;
    }
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
    loaded(seq, data) {
      const next = apply(data, seq, buffer);
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
