/**
 * The React side of a store family: `useFamilyStore(runConsoleStore, runId, (s) => s.data)` selects from the
 * member for `key`, attaching its replica while mounted. Like every replica store, a member tells its readers of
 * changes once per animation frame, however fast its replica changes (a console taking thousands of appends).
 */
import { useSyncExternalStore } from 'react';
import type { ReplicaStore } from './createReplicaStore';
import type { FamilyKey, ReplicaFamily } from './defineReplicaFamily';
import type { StoreDef } from './defineStore';
import { useStores } from './StoresProvider';

type StateOf<S, X> = ReturnType<ReplicaStore<S, X>['getState']>;

export function useFamilyStore<K extends FamilyKey, S, X, U>(def: StoreDef<ReplicaFamily<K, S, X>>, key: K, selector: (state: StateOf<S, X>) => U): U {
  const store = useStores().get(def).get(key);
  return useSyncExternalStore(store.subscribe, () => selector(store.getState()));
}
