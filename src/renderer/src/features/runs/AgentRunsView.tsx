/**
 * An agent's job history (`#/agents/<uuid>/runs`): a back link, the agent's hostname, and its runs live. The
 * hostname comes from the agents store, falling back to the runs' own record when the agent has been deleted.
 */
import { useFamilyStore } from '../../stores/useFamilyStore';
import { useStore } from '../../stores/useStore';
import { agentsRoute, agentsStore } from '../agents';
import { agentRunsStore } from './agentRunsStore';
import { RunsTable } from './RunsTable';
import './runs.css';

export function AgentRunsView({ params }: { params: { agentUuid: string } }) {
  const uuid = params.agentUuid;
  const agent = useStore(agentsStore, (s) => s.data?.find((a) => a.uuid === uuid));
  const status = useFamilyStore(agentRunsStore, uuid, (s) => s.status);
  const runs = useFamilyStore(agentRunsStore, uuid, (s) => s.data);
  const error = useFamilyStore(agentRunsStore, uuid, (s) => s.error);
  const hostname = agent?.hostname ?? runs?.[0]?.agentHostname ?? uuid;

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
        {runs && (
          <span className="muted toolbar-count">
            {runs.length} {runs.length === 1 ? 'run' : 'runs'}
          </span>
        )}
      </div>
      {status === 'error' && (
        <p className="banner banner-error" role="alert" data-testid="runs-error">
          Could not load the runs of this agent: {error?.message ?? 'unknown error'}.{' '}
          {error?.code === 'NOT_FOUND' || error?.code === 'INVALID_INPUT' ? 'Pick an agent on the Agents view.' : 'Reload the window to try again.'}
        </p>
      )}
      {runs ? (
        <RunsTable runs={runs} hostname={hostname} />
      ) : (
        status === 'loading' && (
          <p className="view-loading muted" role="status" data-testid="runs-loading">
            Loading runs…
          </p>
        )
      )}
    </div>
  );
}
