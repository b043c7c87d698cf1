/**
 * A zustand store over one view replica, attached lazily: it asks the sync client to watch the view when its first
 * listener attaches and releases the replica a grace period after the last one leaves. Its state follows every
 * applied batch at once (`getState`), but listeners hear of it once per frame with all the batches since the last:
 * a window taking 100k events/s renders 60 times a second, not once per delta. `defineReplicaStore` and
 * `defineReplicaFamily` make every view store with it.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ViewName, ViewParams } from '../../../shared/contract';
import type { Replica, ReplicaState } from '../sync/createReplica';
import type { SyncClient, ViewReducer } from '../sync/createSyncClient';
import { createFramePublisher } from './createFramePublisher';
import { immediateFrames, type FrameScheduler } from './frameScheduler';
import { findStoreProbe } from './storeProbe';

/** Long enough to ride out a route flip or StrictMode's mount-unmount-mount without a new snapshot. */
export const RELEASE_GRACE_MS = 1000;

export interface ReplicaStoreOptions<D, X> {
  graceMs?: number;
  /** Extra state and actions kept beside the replica's fields, written like a zustand initializer; `set` writes those only. */
  extend?: (set: (partial: Partial<X>) => void, get: () => ReplicaState<D> & X) => X;
  /** When listeners hear of changes: at once unless given (a window passes animation frames). */
  frames?: FrameScheduler;
}

/** A vanilla store mirroring a view replica while anyone listens. */
export interface ReplicaStore<D, X = object> extends StoreApi<ReplicaState<D> & X> {
  /** Releases the replica now, whoever still listens (app teardown, tests). */
  dispose(): void;
}

export function createReplicaStore<N extends ViewName, D, X extends object = object>(
  client: Pick<SyncClient, 'watch'>,
  view: N,
  params: ViewParams<N>,
  reducer: ViewReducer<N, D>,
  options: ReplicaStoreOptions<D, X> = {},
): ReplicaStore<D, X> {
  type S = ReplicaState<D> & X;
  const graceMs = options.graceMs ?? RELEASE_GRACE_MS;
  const store = createStore<S>()(
    // The replica's four fields plus whatever `extend` adds: the spread is exactly S.
    // The extra fields are a part of S, so setting some of them is setting part of S.
    (set, get) => ({ status: 'loading', data: undefined, seq: 0, error: undefined, ...options.extend?.((partial) => set(partial as Partial<S>), get) }) as S,
  );
  let listeners = 0;
  let replica: Replica<D> | undefined;
  let stopMirror: (() => void) | undefined;
  let releaseTimer: ReturnType<typeof setTimeout> | undefined;
  const probe = findStoreProbe();
  // Any change (the replica's, or an action's own fields) is told at the next frame, once.
  const publisher = createFramePublisher(store, options.frames ?? immediateFrames, (state) => probe?.published?.(view, state.status, state.seq));

  const mirror = ({ status, data, seq, error }: ReplicaState<D>) => {
    store.setState({ status, data, seq, error } as Partial<S>);
    probe?.applied?.(view, status, seq);
  };

  function attach() {
    if (releaseTimer !== undefined) {
      clearTimeout(releaseTimer);
      releaseTimer = undefined;
    }
    if (replica) return;
    replica = client.watch(view, params, reducer);
    stopMirror = replica.subscribe(mirror);
    mirror(replica.getState());
  }

  function release() {
    if (releaseTimer !== undefined) clearTimeout(releaseTimer);
    releaseTimer = undefined;
    stopMirror?.();
    replica?.dispose();
    stopMirror = undefined;
    replica = undefined;
    publisher.cancel();
  }

  return {
    ...store,
    subscribe(listener) {
      if (listeners === 0) attach();
      listeners++;
      const stopReading = publisher.subscribe(listener);
      let active = true;
      return () => {
        if (!active) return;
        active = false;
        stopReading();
        if (--listeners === 0) releaseTimer = setTimeout(release, graceMs);
      };
    },
    dispose: release,
  };
}
