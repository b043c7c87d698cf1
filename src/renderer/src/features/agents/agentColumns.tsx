/**
 * The agents table's columns: hostname (a link to the agent's job history), IP, OS, state, activity, last seen and
 * the row actions, each sortable but the actions, with fixed widths. agents.css hides the IP and OS columns by
 * their position in a narrow view, so their order is part of this module's contract (see `agentColumnIds`).
 */
import type { Agent, Job } from '../../../../shared/contract';
import type { DataColumn } from '../../ui/table/DataColumn';
import { compareValues } from '../../ui/table/compareValues';
import { RelativeTime } from '../../ui/time/RelativeTime';
import { agentRunsRoute } from '../runs';
import { AgentActions } from './AgentActions';
import { AgentActivityCell } from './AgentActivityCell';
import { AgentStateCell } from './AgentStateCell';

const byHostname = (a: Agent, b: Agent) => compareValues(a.hostname, b.hostname);

/** Last contact in ms; an agent never seen counts as the oldest contact there is. */
const contactTime = (agent: Agent) => (agent.lastContactAt === null ? 0 : Date.parse(agent.lastContactAt) || 0);

/**
 * The activity order without a clock: agents holding a job first, then by most recent contact — which puts idle
 * before lost before never seen — so the order is the same on every render however time passes.
 */
export function compareActivity(held: ReadonlyMap<string, Job>): (a: Agent, b: Agent) => number {
  const rank = (agent: Agent) => (held.has(agent.uuid) ? 0 : 1);
  return (a, b) => rank(a) - rank(b) || contactTime(b) - contactTime(a) || byHostname(a, b);
}

/** The columns for the current held jobs (the activity column shows and sorts by them). */
export function agentColumns(held: ReadonlyMap<string, Job>): DataColumn<Agent>[] {
  return [
    {
      id: 'hostname',
      header: 'Hostname',
      rowHeader: true,
      sortValue: (a) => a.hostname,
      cell: (a) => (
        <a className="agent-hostname" href={agentRunsRoute.href({ agentUuid: a.uuid })} data-testid="agent-runs-link" title={`${a.hostname}: job history`}>
          {a.hostname}
        </a>
      ),
    },
    { id: 'ip', header: 'IP address', sortValue: (a) => a.ipAddress, cell: (a) => a.ipAddress ?? '—', title: (a) => a.ipAddress ?? undefined, width: 136, className: 'agent-col-ip' },
    { id: 'os', header: 'OS', sortValue: (a) => a.os, cell: (a) => a.os ?? '—', title: (a) => a.os ?? undefined, width: 96, className: 'agent-col-os' },
    // Enabled first: the order people look for, which no single ascending value gives.
    { id: 'state', header: 'State', compare: (a, b) => Number(b.enabled) - Number(a.enabled) || byHostname(a, b), cell: (a) => <AgentStateCell agent={a} />, width: 96 },
    {
      id: 'activity',
      header: 'Activity',
      compare: compareActivity(held),
      cell: (a) => <AgentActivityCell agent={a} job={held.get(a.uuid)} />,
      width: 168,
    },
    {
      id: 'lastSeen',
      header: 'Last seen',
      sortValue: (a) => (a.lastContactAt === null ? null : contactTime(a)),
      firstDir: 'desc',
      cell: (a) => <span data-testid="agent-last-seen">{a.lastContactAt === null ? '—' : <RelativeTime iso={a.lastContactAt} />}</span>,
      width: 104,
      className: 'agent-col-muted',
    },
    { id: 'actions', header: 'Actions', hideHeader: true, cell: (a) => <AgentActions agent={a} />, width: 208, className: 'agent-col-actions' },
  ];
}

/** The column order agents.css counts on (`col:nth-child(2)` is the IP address, `3` the OS). */
export const agentColumnIds: readonly string[] = ['hostname', 'ip', 'os', 'state', 'activity', 'lastSeen', 'actions'];
