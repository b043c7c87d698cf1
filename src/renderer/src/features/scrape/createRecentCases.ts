/**
 * The recently-synced table's store: the `cases.recent` replica (every event applied at once, out of sight) and
 * what the view sees, published from it at most once per refetch window (the seed's `keep_live` with
 * `refetch_window`), trailing, so the last state always shows. Changing the cutoff watches anew but keeps the
 * current rows until the new snapshot lands: no empty flash.
 */
import type { Case, SwitchboardError } from '../../../../shared/contract';
import { createListenedSource } from '../../stores/createListenedSource';
import { createReplicaStore, type ReplicaStore } from '../../stores/createReplicaStore';
import type { ReplicaState, ReplicaStatus } from '../../sync/createReplica';
import type { SyncClient } from '../../sync/createSyncClient';
import { createCoalescer, type Coalescer } from '../../ui/live/createCoalescer';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { recentCasesReducer } from './recentCasesReducer';

export const DEFAULT_CUTOFF_MINUTES = 10;
export const DEFAULT_REFETCH_WINDOW_MS = 2000;

export interface RecentCasesState {
  readonly status: ReplicaStatus;
  readonly data: readonly Case[] | undefined;
  readonly error: SwitchboardError | undefined;
  /** How many times the rows on screen changed (a publish with new rows): the e2e tests read it. */
  readonly updates: number;
  readonly cutoffMinutes: number;
  readonly windowMs: number;
  setCutoff(minutes: number): void;
  setWindowMs(ms: number): void;
}

/** The store the view reads; `dispose` lets the replica go. */
export interface RecentCasesStore extends StoreApi<RecentCasesState> {
  dispose(): void;
}

export function createRecentCases(client: Pick<SyncClient, 'watch'>, graceMs: number): RecentCasesStore {
  let inner: ReplicaStore<readonly Case[]>;
  // `show` runs only on publishes, after the store below exists.
  const coalescer: Coalescer<ReplicaState<readonly Case[]>> = createCoalescer(DEFAULT_REFETCH_WINDOW_MS, (state) => show(state));

  const store = createStore<RecentCasesState>()((_set, get) => ({
    status: 'loading',
    data: undefined,
    error: undefined,
    updates: 0,
    cutoffMinutes: DEFAULT_CUTOFF_MINUTES,
    windowMs: DEFAULT_REFETCH_WINDOW_MS,
    setCutoff(minutes) {
      if (minutes === get().cutoffMinutes) return;
      store.setState({ cutoffMinutes: minutes });
      watch(minutes);
    },
    setWindowMs(ms) {
      store.setState({ windowMs: ms });
      coalescer.setWindow(ms);
    },
  }));

  function show(next: ReplicaState<readonly Case[]>) {
    const current = store.getState();
    // A new cutoff's snapshot in flight: the rows of the old one stay on screen (marked stale) until it lands.
    const data = next.data ?? current.data;
    const status = next.data === undefined && current.data !== undefined && next.status === 'loading' ? 'stale' : next.status;
    store.setState({ status, data, error: next.error, updates: data === current.data ? current.updates : current.updates + 1 });
  }

  function push(state: ReplicaState<readonly Case[]>) {
    coalescer.push(state);
    // The first rows (and an error) show at once; only changes to rows already on screen wait for the window.
    if ((state.data !== undefined && store.getState().data === undefined) || state.status === 'error') coalescer.flush();
  }

  const source = createListenedSource(() => {
    const stop = inner.subscribe(push);
    push(inner.getState());
    return stop;
  });

  function watch(cutoffMinutes: number) {
    const old = inner as ReplicaStore<readonly Case[]> | undefined;
    inner = createReplicaStore(client, 'cases.recent', { cutoffMinutes }, recentCasesReducer, { graceMs });
    source.restart();
    old?.dispose();
  }

  watch(DEFAULT_CUTOFF_MINUTES);

  return {
    ...store,
    subscribe: source.wrap(store.subscribe),
    dispose() {
      coalescer.dispose();
      source.stop();
      inner.dispose();
    },
  };
}
