/**
 * What a replica store's actions work with: their own state, the window's other stores, and `write`, which runs a
 * command and waits (boundedly) until its committed change is in this window's replicas, so an optimistic look or
 * a "done" toast never runs ahead of the table beside it.
 */
import type { CommandInput, CommandName, CommandOutput } from '../../../shared/contract';
import type { ReplicaState } from '../sync/createReplica';
import type { StoreContext, StoreLookup } from './defineStore';
import { waitForSeqWithin } from './waitForSeqWithin';

/** Handed to a store's `actions`; `set` writes the action fields only, never the replica's. */
export interface ActionsContext<S, X> {
  get(): ReplicaState<S> & X;
  set(partial: Partial<X>): void;
  /** Runs a command; resolves with its output once the change reached the replicas or `settleMs` passed. */
  write<C extends CommandName>(name: C, input: CommandInput<C>): Promise<CommandOutput<C>>;
  readonly stores: StoreLookup;
}

/** @internal For the replica store declarations. */
export function createActionsContext<S, X>(
  context: StoreContext,
  set: (partial: Partial<X>) => void,
  get: () => ReplicaState<S> & X,
): ActionsContext<S, X> {
  const { client, stores, options } = context;
  return {
    get,
    set,
    stores,
    async write(name, input) {
      const { value, seq } = await client.run(name, input);
      await waitForSeqWithin(client, seq, options.settleMs);
      return value;
    },
  };
}
