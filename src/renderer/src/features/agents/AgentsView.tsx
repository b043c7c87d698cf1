/**
 * The Agents view (`#/agents`): a toolbar (filter, "1 of 5 agents", the queue's link, Schedule job, Register agent),
 * then the table through ReplicaView, which keeps it on screen (dimmed while stale) through reconnects so it
 * reconciles in place. Register agent opens the shared side panel.
 */
import { useCallback, useState } from 'react';
import type { Agent } from '../../../../shared/contract';
import { useStore } from '../../stores/useStore';
import { ReplicaView } from '../../ui/replica/ReplicaView';
import { FilterCount } from '../../ui/table/FilterCount';
import { TableFilter } from '../../ui/table/TableFilter';
import { WriteButton } from '../connection';
import { QueuedJobsCount, ScheduleJobButton } from '../jobs';
import { agentNoun, matchesAgent } from './agentFilter';
import { agentsStore } from './agentsStore';
import { AgentsTable } from './AgentsTable';
import { RegisterAgentPanel } from './RegisterAgentPanel';
import './agents.css';

const noAgents = (
  <>
    No agents yet — start <code>switchboard-agent</code> on a machine, or register one.
  </>
);
const isEmpty = (agents: readonly Agent[]) => agents.length === 0;

export function AgentsView() {
  const status = useStore(agentsStore, (s) => s.status);
  const data = useStore(agentsStore, (s) => s.data);
  const error = useStore(agentsStore, (s) => s.error);
  const [filter, setFilter] = useState('');
  const [registering, setRegistering] = useState(false);
  const closeRegister = useCallback(() => setRegistering(false), []);

  return (
    <div className="view agents-view">
      <div className="view-toolbar">
        <TableFilter value={filter} onChange={setFilter} label="Filter agents" testId="agents-filter" placeholder="Filter by hostname, OS or IP" />
        {data && <FilterCount rows={data} filter={filter} matches={matchesAgent} noun={agentNoun} testId="agents-count" />}
        <div className="agents-toolbar-end">
          <QueuedJobsCount />
          <ScheduleJobButton />
          <WriteButton className="button button-primary" aria-haspopup="dialog" data-testid="open-register" onClick={() => setRegistering(true)}>
            Register agent
          </WriteButton>
        </div>
      </div>
      <ReplicaView state={{ status, data, error }} label="agents" isEmpty={isEmpty} empty={noAgents} testId="agents">
        {(agents) => <AgentsTable agents={agents} filter={filter} empty={noAgents} />}
      </ReplicaView>
      {registering && <RegisterAgentPanel onClose={closeRegister} />}
    </div>
  );
}
