/**
 * How one event on an organization's agents topic changes the agents list. Pure, so the replica, the store tests
 * and the reconciliation property tests all apply events the same way. The list stays sorted by hostname.
 */
import type { Agent, AgentEvent, WireEvent } from '../../../../shared/contract';

export function compareAgents(a: Agent, b: Agent): number {
  return a.hostname.localeCompare(b.hostname) || a.uuid.localeCompare(b.uuid);
}

export function applyAgentEvent(agents: Agent[], wire: WireEvent): Agent[] {
  const event = wire as unknown as AgentEvent;
  switch (event.type) {
    case 'agent_deleted':
      return agents.filter((a) => a.uuid !== event.payload.uuid);
    case 'agent_registered':
    case 'agent_updated':
    case 'agent_enabled':
    case 'agent_disabled': {
      const next = agents.filter((a) => a.uuid !== event.payload.agent.uuid);
      next.push(event.payload.agent);
      return next.sort(compareAgents);
    }
    default:
      return agents;
  }
}
