/**
 * The agents table on the shared DataTable: the columns for the jobs agents hold now, the optimistic look of
 * writes in flight (pending rows, a red flash on rollback), live flashes, and Enter on a row opening its history.
 */
import { useCallback, useMemo, type ReactNode } from 'react';
import type { Agent } from '../../../../shared/contract';
import { useStore } from '../../stores/useStore';
import type { SortDirection } from '../../ui/table/DataColumn';
import { DataTable } from '../../ui/table/DataTable';
import { agentRunsRoute } from '../runs';
import { agentColumns } from './agentColumns';
import { agentNoun, matchesAgent } from './agentFilter';
import { agentRowProps } from './agentRowProps';
import { agentsStore } from './agentsStore';
import { useHeldJobs } from './useHeldJobs';

const agentId = (agent: Agent) => agent.uuid;
// A change to the agent record flashes its row; a new last contact (every ten seconds per agent) does not.
const agentVersion = (agent: Agent) => agent.updatedAt;
// Enter on a row does what a click on its hostname does.
const openHistory = (agent: Agent) => location.assign(agentRunsRoute.href({ agentUuid: agent.uuid }));
const initialSort: { columnId: string; dir: SortDirection } = { columnId: 'hostname', dir: 'asc' };

interface Props {
  agents: readonly Agent[];
  filter: string;
  /** What would fill an empty table (the view shows it before the table in practice). */
  empty: ReactNode;
}

export function AgentsTable({ agents, filter, empty }: Props) {
  const held = useHeldJobs();
  const columns = useMemo(() => agentColumns(held), [held]);
  const pending = useStore(agentsStore, (s) => s.pending);
  const rolledBack = useStore(agentsStore, (s) => s.rolledBack);
  const rowProps = useCallback((agent: Agent) => agentRowProps(agent, pending[agent.uuid]), [pending]);
  const failedAt = useCallback((agent: Agent) => rolledBack[agent.uuid], [rolledBack]);

  return (
    <DataTable
      rows={agents}
      columns={columns}
      getRowId={agentId}
      filter={filter}
      matches={matchesAgent}
      noun={agentNoun}
      initialSort={initialSort}
      rowVersion={agentVersion}
      failedAt={failedAt}
      rowProps={rowProps}
      onRowActivate={openHistory}
      empty={empty}
      testId="agents-table"
      caption="Agents"
      className="agents-table"
    />
  );
}
