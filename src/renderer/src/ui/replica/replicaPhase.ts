/**
 * What a replica-backed view shows: loading until the first data arrives, an error if that fails, the empty state
 * or the data after. Once data has arrived it stays on screen through reloads, reconnects and later errors. Pure.
 */
import type { ReplicaState } from '../../sync/createReplica';

/** The part of a replica's state a view needs; a store's state fits it as it is. */
export type ReplicaViewState<D> = Pick<ReplicaState<D>, 'status' | 'data'> & { readonly error: { readonly message: string } | undefined };

export type ReplicaPhase = 'loading' | 'error' | 'empty' | 'data';

export function replicaPhase<D>(state: ReplicaViewState<D>, isEmpty: ((data: D) => boolean) | undefined): ReplicaPhase {
  if (state.data === undefined) return state.status === 'error' ? 'error' : 'loading';
  return isEmpty?.(state.data) ? 'empty' : 'data';
}

/** Whether to show the error banner: the first load failed, or a reload failed with the old data still shown. */
export const showsError = <D>(state: ReplicaViewState<D>): boolean => state.status === 'error';
