/** The React side of `agentsStore`: selects from it and, while mounted, keeps the agents replica attached. */
import { useStore } from 'zustand';
import { useStores } from '../StoresProvider';
import type { AgentsStore } from './agentsStore';

type AgentsState = ReturnType<AgentsStore['getState']>;

export function useAgentsStore<U>(selector: (state: AgentsState) => U): U {
  return useStore(useStores().agentsStore, selector);
}
