/** The React side of the agent runs stores: selects from agent `agentUuid`'s job history, attaching it while mounted. */
import { useStore } from 'zustand';
import { useStores } from '../StoresProvider';
import type { AgentRunsStore } from './agentRunsStore';

type AgentRunsState = ReturnType<AgentRunsStore['getState']>;

export function useAgentRunsStore<U>(agentUuid: string, selector: (state: AgentRunsState) => U): U {
  return useStore(useStores().agentRunsStores.get(agentUuid), selector);
}
