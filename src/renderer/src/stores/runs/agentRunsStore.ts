/** One agent's job history (the `runs.byAgent` replica, newest first); one store per agent, from a store family. */
import type { Run } from '../../../../shared/contract';
import type { SyncClient } from '../../sync/createSyncClient';
import { createReplicaStore, type ReplicaStore } from '../createReplicaStore';
import { agentRunsReducer } from './applyAgentRunsEvent';

export type AgentRunsStore = ReplicaStore<Run[]>;

export function createAgentRunsStore(client: Pick<SyncClient, 'watch'>, agentUuid: string, options: { graceMs?: number } = {}): AgentRunsStore {
  return createReplicaStore(client, 'runs.byAgent', { agentUuid }, agentRunsReducer, options);
}
