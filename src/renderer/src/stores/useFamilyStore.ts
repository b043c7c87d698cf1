/**
 * The React side of a store family: `useFamilyStore(runConsoleStore, runId, (s) => s.data)` selects from the
 * member for `key`, attaching its replica while mounted. A `perFrame` family re-renders at most once per animation
 * frame, however fast its replica changes.
 */
import { useSyncExternalStore } from 'react';
import type { ReplicaStore } from './createReplicaStore';
import { createFrameMirror, type FrameMirror } from './createFrameMirror';
import type { FamilyKey, ReplicaFamily } from './defineReplicaFamily';
import type { StoreDef } from './defineStore';
import { useStores } from './StoresProvider';

type StateOf<S, X> = ReturnType<ReplicaStore<S, X>['getState']>;

const animationFrames = {
  request: (callback: () => void) => requestAnimationFrame(callback),
  cancel: (handle: number) => cancelAnimationFrame(handle),
};

// One mirror per member, shared by every component on the page, so they all see the same frame's state.
const mirrors = new WeakMap<object, FrameMirror<unknown>>();

function mirrorOf<S>(store: { getState(): S; subscribe(listener: (state: S) => void): () => void }): FrameMirror<S> {
  let mirror = mirrors.get(store) as FrameMirror<S> | undefined;
  if (!mirror) {
    mirror = createFrameMirror(store, animationFrames);
    mirrors.set(store, mirror);
  }
  return mirror;
}

export function useFamilyStore<K extends FamilyKey, S, X, U>(def: StoreDef<ReplicaFamily<K, S, X>>, key: K, selector: (state: StateOf<S, X>) => U): U {
  const family = useStores().get(def);
  const store = family.get(key);
  const source = family.perFrame ? mirrorOf(store) : { subscribe: store.subscribe, getSnapshot: store.getState };
  return useSyncExternalStore(source.subscribe, () => selector(source.getSnapshot()));
}
