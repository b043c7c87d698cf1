/**
 * What an agent's row shows of a write in flight: its optimistic state (enabled or disabled) and the row's
 * attributes for tests and styling (`data-state`, `data-pending`, `aria-busy`). Pure.
 */
import type { Agent } from '../../../../shared/contract';
import type { RowAttributes } from '../../ui/table/DataColumn';
import type { PendingChange } from './agentsStore';

export type ShownState = 'enabled' | 'disabled';

/** The state the row shows: the intended one while a toggle is pending, so the click answers at once. */
export function shownState(agent: Pick<Agent, 'enabled'>, pending: PendingChange | undefined): ShownState {
  const enabled = pending?.kind === 'enable' ? true : pending?.kind === 'disable' ? false : agent.enabled;
  return enabled ? 'enabled' : 'disabled';
}

export function agentRowProps(agent: Agent, pending: PendingChange | undefined): RowAttributes {
  return {
    'data-testid': 'agent-row',
    'data-hostname': agent.hostname,
    'data-uuid': agent.uuid,
    'data-state': shownState(agent, pending),
    'data-pending': pending?.kind,
    'aria-busy': pending ? true : undefined,
  };
}
