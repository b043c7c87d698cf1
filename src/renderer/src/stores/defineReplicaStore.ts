/**
 * Declares a store over one view replica: `{ view, params, init, reduce, actions? }`. Events reach `reduce`
 * validated and typed by the replica (the view's topic families), so a declaration needs no cast.
 *
 *   export const agentsStore = defineReplicaStore({ view: 'agents.list', params: () => ({}), ...agentsReducer });
 */
import type { ViewName, ViewParams } from '../../../shared/contract';
import type { ViewReducer } from '../sync/createSyncClient';
import { createActionsContext, type ActionsContext } from './createActionsContext';
import { createReplicaStore, type ReplicaStore } from './createReplicaStore';
import type { StoreDef } from './defineStore';

/** One view replica as a store: what to watch, how its state is made, and the actions kept beside it. */
export interface ReplicaStoreSpec<N extends ViewName, S, X extends object> extends ViewReducer<N, S> {
  readonly view: N;
  readonly params: () => ViewParams<N>;
  readonly actions?: (context: ActionsContext<S, X>) => X;
}

export function defineReplicaStore<N extends ViewName, S, X extends object = object>(spec: ReplicaStoreSpec<N, S, X>): StoreDef<ReplicaStore<S, X>> {
  // One reducer object per declaration: the sync client shares a replica among watchers with the same reducer.
  const reducer: ViewReducer<N, S> = { init: spec.init, reduce: spec.reduce, ...(spec.reduceAll && { reduceAll: spec.reduceAll }) };
  const { actions } = spec;
  return {
    name: spec.view,
    create: (context) =>
      createReplicaStore<N, S, X>(context.client, spec.view, spec.params(), reducer, {
        graceMs: context.options.graceMs,
        frames: context.options.frames,
        extend: actions && ((set, get) => actions(createActionsContext<S, X>(context, set, get))),
      }),
  };
}
