/**
 * An agent's enabled/disabled state in its row: the optimistic state while a toggle is in flight, drawn hollow
 * until the server confirms it. Reads the row's pending write itself, so a toggle re-renders only this cell's row.
 */
import type { Agent } from '../../../../shared/contract';
import { useStore } from '../../stores/useStore';
import { shownState } from './agentRowProps';
import { agentsStore } from './agentsStore';

export function AgentStateCell({ agent }: { agent: Agent }) {
  const pending = useStore(agentsStore, (s) => s.pending[agent.uuid]);
  const state = shownState(agent, pending);
  return (
    <span className="agent-state" data-testid="agent-state" data-state={state} data-pending={pending ? 'true' : undefined}>
      {state}
    </span>
  );
}
