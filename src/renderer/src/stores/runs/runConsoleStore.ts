/**
 * One run and its console (the `runs.detail` replica), for the run page. Stores for different runs come from a
 * store family in `createStores`, so a run's replica lives only while its page (or a grace period) does.
 */
import type { SyncClient } from '../../sync/createSyncClient';
import { createReplicaStore, type ReplicaStore } from '../createReplicaStore';
import { runConsoleReducer, type RunConsole } from './applyRunConsoleEvent';

export type RunConsoleStore = ReplicaStore<RunConsole>;

export function createRunConsoleStore(client: Pick<SyncClient, 'watch'>, runId: number, options: { graceMs?: number } = {}): RunConsoleStore {
  return createReplicaStore(client, 'runs.detail', { runId }, runConsoleReducer, options);
}
