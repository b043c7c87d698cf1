/**
 * One run and its console (the `runs.detail` replica), for the run page. Stores for different runs come from a
 * store family in `createStores`, so a run's replica lives only while its page (or a grace period) does.
 */
import type { Reducer } from '../../sync/createReplica';
import type { RunDetail } from '../../../../shared/contract';
import type { SyncClient } from '../../sync/createSyncClient';
import { createReplicaStore, type ReplicaStore } from '../createReplicaStore';
import { applyRunConsoleEvent, toRunConsole, type RunConsole } from './applyRunConsoleEvent';

/** The replica's data is the wire snapshot until the first event, a `RunConsole` after: read it with `selectRunConsole`. */
export type RunConsoleStore = ReplicaStore<RunDetail | RunConsole>;
type RunConsoleState = ReturnType<RunConsoleStore['getState']>;

export function createRunConsoleStore(client: Pick<SyncClient, 'watch'>, runId: number, options: { graceMs?: number } = {}): RunConsoleStore {
  // createReplicaStore types a replica's data as the view's snapshot type, but this reducer turns the snapshot's
  // console string into a ConsoleText. Until replicas can map their snapshot (see the report to the lead), the
  // widened type is restored here, once, and every reader goes through toRunConsole.
  const reduce = applyRunConsoleEvent as unknown as Reducer<RunDetail>;
  return createReplicaStore(client, 'runs.detail', { runId }, reduce, options) as unknown as RunConsoleStore;
}

export function selectRunConsole(state: RunConsoleState): RunConsole | undefined {
  return state.data === undefined ? undefined : toRunConsole(state.data);
}
