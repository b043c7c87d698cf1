/**
 * One agent in the table. It shows the optimistic state of a pending write (marked pending), flashes when the
 * agent changes live, flashes red when a write of it rolled back, and links to the agent's job history.
 */
import { memo } from 'react';
import type { Agent } from '../../../../shared/contract';
import { RelativeTime } from '../../ui/time/RelativeTime';
import { useRowFlash } from '../../widgets/useRowFlash';
import { agentRunsRoute } from '../runs';
import { AgentActions } from './AgentActions';
import type { PendingChange } from './agentsStore';

interface Props {
  agent: Agent;
  pending: PendingChange | undefined;
  rolledBackAt: number | undefined;
  isNew: boolean;
  onSetEnabled(uuid: string, enabled: boolean): void;
  onRemove(uuid: string): void;
}

export const AgentRow = memo(function AgentRow({ agent, pending, rolledBackAt, isNew, onSetEnabled, onRemove }: Props) {
  const enabled = pending?.kind === 'enable' ? true : pending?.kind === 'disable' ? false : agent.enabled;
  const state = enabled ? 'enabled' : 'disabled';
  const { flash, onAnimationEnd } = useRowFlash(agent.updatedAt, rolledBackAt, isNew);
  return (
    <tr
      data-testid="agent-row"
      data-hostname={agent.hostname}
      data-uuid={agent.uuid}
      data-state={state}
      data-pending={pending?.kind}
      data-flash={flash}
      aria-busy={pending ? true : undefined}
      onAnimationEnd={onAnimationEnd}
    >
      <th scope="row" className="cell-hostname">
        <span className="truncate" title={agent.hostname}>
          {agent.hostname}
        </span>
      </th>
      <td className="cell-muted cell-mono col-ip">{agent.ipAddress ?? '—'}</td>
      <td className="cell-muted">{agent.os ?? '—'}</td>
      <td>
        <span className="state" data-testid="agent-state" data-state={state} data-pending={pending ? 'true' : undefined}>
          {state}
        </span>
      </td>
      <td className="cell-muted">
        <RelativeTime iso={agent.updatedAt} />
      </td>
      <td className="cell-actions">
        <a className="runs-link" href={agentRunsRoute.href({ agentUuid: agent.uuid })} data-testid="agent-runs-link" title={`Job history of ${agent.hostname}`}>
          Runs
        </a>
        <AgentActions
          uuid={agent.uuid}
          hostname={agent.hostname}
          enabled={enabled}
          busy={pending !== undefined}
          onSetEnabled={onSetEnabled}
          onRemove={onRemove}
        />
      </td>
    </tr>
  );
});
