/**
 * The Agents view (`#/agents`): filter, queued jobs count, table, and the register and schedule forms. The table
 * stays mounted once data has arrived, through reconnects and reloads of the replica, so it reconciles in place.
 */
import { useState } from 'react';
import { useStore } from '../../stores/useStore';
import { QueuedJobsCount, ScheduleJobForm } from '../jobs';
import { agentsStore } from './agentsStore';
import { AgentsTable } from './AgentsTable';
import { RegisterAgentForm } from './RegisterAgentForm';
import './agents.css';

export function AgentsView() {
  const status = useStore(agentsStore, (s) => s.status);
  const agents = useStore(agentsStore, (s) => s.data);
  const error = useStore(agentsStore, (s) => s.error);
  const [filter, setFilter] = useState('');

  return (
    <div className="view">
      <div className="view-toolbar">
        <input
          type="search"
          className="filter-input"
          data-testid="agents-filter"
          aria-label="Filter agents"
          placeholder="Filter by hostname, OS or IP"
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
          onKeyDown={(e) => e.key === 'Escape' && setFilter('')}
        />
        {agents && (
          <span className="muted toolbar-count">
            {agents.length} {agents.length === 1 ? 'agent' : 'agents'}
          </span>
        )}
        <QueuedJobsCount />
      </div>
      {status === 'error' && (
        <p className="banner banner-error" role="alert" data-testid="agents-error">
          Could not load agents: {error?.message ?? 'unknown error'}. Reload the window to try again.
        </p>
      )}
      {agents ? (
        <AgentsTable agents={agents} filter={filter} />
      ) : (
        status === 'loading' && (
          <p className="view-loading muted" role="status" data-testid="agents-loading">
            Loading agents…
          </p>
        )
      )}
      <RegisterAgentForm />
      <ScheduleJobForm />
    </div>
  );
}
