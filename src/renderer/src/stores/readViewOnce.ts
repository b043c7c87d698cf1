/**
 * Reads a view once: watches it, hands its first answer (data or error) to `done`, and lets the replica go, so the
 * next read asks for a fresh snapshot. For views without topics (statistics, a history) read on demand or polled.
 */
import type { Result, SwitchboardError, ViewName, ViewParams } from '../../../shared/contract';
import type { Replica } from '../sync/createReplica';
import type { SyncClient, ViewReducer } from '../sync/createSyncClient';

/** Cancels the read if it has not answered yet; `done` is then never called. */
export type CancelRead = () => void;

export function readViewOnce<N extends ViewName, S>(
  client: Pick<SyncClient, 'watch'>,
  view: N,
  params: ViewParams<N>,
  reducer: ViewReducer<N, S>,
  done: (result: Result<S>) => void,
): CancelRead {
  let replica: Replica<S> | undefined;
  try {
    replica = client.watch(view, params, reducer);
  } catch (error) {
    done({ ok: false, error: error as SwitchboardError });
    return () => {};
  }
  const settle = () => {
    if (!replica) return;
    const { status, data, error } = replica.getState();
    let result: Result<S>;
    if (status === 'live' && data !== undefined) result = { ok: true, value: data };
    else if (status === 'error' && error) result = { ok: false, error };
    else return;
    const answered = replica;
    replica = undefined;
    // Released once answered, so the next read asks for a new snapshot instead of sharing this one.
    answered.dispose();
    done(result);
  };
  replica.subscribe(settle);
  settle();
  return () => {
    replica?.dispose();
    replica = undefined;
  };
}
