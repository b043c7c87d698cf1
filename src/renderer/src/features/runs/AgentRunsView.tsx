/**
 * An agent's job history (`#/agents/<uuid>/runs`): a back link, the agent's hostname, a filter and its runs live,
 * with loading and errors through ReplicaView. The hostname comes from the agents store, falling back to the
 * runs' own record when the agent has been deleted.
 */
import { useMemo, useState } from 'react';
import type { Run } from '../../../../shared/contract';
import { useFamilyStore } from '../../stores/useFamilyStore';
import { useStore } from '../../stores/useStore';
import { ReplicaView } from '../../ui/replica/ReplicaView';
import { FilterCount } from '../../ui/table/FilterCount';
import { rowMatcher } from '../../ui/table/filterRows';
import { TableFilter } from '../../ui/table/TableFilter';
import { agentsRoute, agentsStore } from '../agents';
import { agentRunsStore } from './agentRunsStore';
import { runColumns } from './runColumns';
import { runNoun, RunsTable } from './RunsTable';
import './runs.css';

const noRuns: readonly Run[] = [];

export function AgentRunsView({ params }: { params: { agentUuid: string } }) {
  const uuid = params.agentUuid;
  const agent = useStore(agentsStore, (s) => s.data?.find((a) => a.uuid === uuid));
  const status = useFamilyStore(agentRunsStore, uuid, (s) => s.status);
  const data = useFamilyStore(agentRunsStore, uuid, (s) => s.data);
  const error = useFamilyStore(agentRunsStore, uuid, (s) => s.error);
  const [filter, setFilter] = useState('');
  const matches = useMemo(() => rowMatcher(runColumns), []);
  const hostname = agent?.hostname ?? data?.[0]?.agentHostname ?? uuid;

  return (
    <div className="view">
      <div className="view-header">
        <a href={agentsRoute.href()} className="back-link" data-testid="back-link">
          <span aria-hidden="true">← </span>Agents
        </a>
        <h2 className="view-heading" data-testid="agent-runs-hostname">
          {hostname}
        </h2>
        <span className="muted">Job history</span>
      </div>
      <div className="view-toolbar">
        <TableFilter value={filter} onChange={setFilter} label={`Filter the runs of ${hostname}`} placeholder="Filter by job, command or #run" testId="runs-filter" />
        <FilterCount rows={data ?? noRuns} filter={filter} matches={matches} noun={runNoun} testId="runs-count" />
      </div>
      <ReplicaView state={{ status, data, error }} label="runs" testId="runs">
        {(runs) => <RunsTable runs={runs} hostname={hostname} filter={filter} />}
      </ReplicaView>
    </div>
  );
}
