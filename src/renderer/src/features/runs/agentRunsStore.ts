/** One agent's job history (the `runs.byAgent` replica, newest first): one store per agent uuid, from a family. */
import { defineReplicaFamily } from '../../stores/defineReplicaFamily';
import { agentRunsReducer } from './agentRunsReducer';

export const agentRunsStore = defineReplicaFamily({ view: 'runs.byAgent', params: (agentUuid: string) => ({ agentUuid }), ...agentRunsReducer });
