/**
 * Whether any enabled agent of the organization is in contact now (the contract's `agentLiveness`), re-checked on
 * the shared clock; undefined until the agents list arrives, so nothing claims "no agent online" before it knows.
 */
import { agentLiveness } from '../../../../shared/contract';
import { useStore } from '../../stores/useStore';
import { useNow } from '../../ui/time/useNow';
import { agentsStore } from '../agents';

export function useAgentOnline(): boolean | undefined {
  const now = useNow();
  return useStore(agentsStore, (s) => s.data?.some((agent) => agent.enabled && agentLiveness(agent, now) === 'alive'));
}
