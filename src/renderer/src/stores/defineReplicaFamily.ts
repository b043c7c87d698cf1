/**
 * Declares a family of replica stores keyed by a parameter: `{ view, params: (key) => …, init, reduce }`, e.g. one
 * job history per agent uuid or one console per run id. Members come and go with their listeners.
 *
 *   export const runConsoleStore = defineReplicaFamily({ view: 'runs.detail', params: (runId: number) => ({ runId }), ...runConsoleReducer });
 */
import type { ViewName, ViewParams } from '../../../shared/contract';
import type { ViewReducer } from '../sync/createSyncClient';
import { createActionsContext, type ActionsContext } from './createActionsContext';
import { createReplicaStore, type ReplicaStore } from './createReplicaStore';
import { createStoreFamily, type StoreFamily } from './createStoreFamily';
import type { StoreDef } from './defineStore';

export type FamilyKey = string | number;

/** A parameterized view as a family of stores. */
export interface ReplicaFamilySpec<N extends ViewName, K extends FamilyKey, S, X extends object> extends ViewReducer<N, S> {
  readonly view: N;
  readonly params: (key: K) => ViewParams<N>;
  readonly actions?: (context: ActionsContext<S, X>, key: K) => X;
}

/** The family of one window. */
export type ReplicaFamily<K extends FamilyKey, S, X = object> = StoreFamily<K, ReplicaStore<S, X>>;

export function defineReplicaFamily<N extends ViewName, K extends FamilyKey, S, X extends object = object>(
  spec: ReplicaFamilySpec<N, K, S, X>,
): StoreDef<ReplicaFamily<K, S, X>> {
  const reducer: ViewReducer<N, S> = { init: spec.init, reduce: spec.reduce, ...(spec.reduceAll && { reduceAll: spec.reduceAll }) };
  const { actions } = spec;
  return {
    name: spec.view,
    create(context) {
      return createStoreFamily(
        (key: K) =>
          createReplicaStore<N, S, X>(context.client, spec.view, spec.params(key), reducer, {
            graceMs: context.options.graceMs,
            frames: context.options.frames,
            extend: actions && ((set, get) => actions(createActionsContext<S, X>(context, set, get), key)),
          }),
        context.options.graceMs,
      );
    },
  };
}
