/**
 * The Builds table's cells that are more than a value: the job's name linking to its run (or to itself while
 * queued), its agent linking to the agent's history, or, for a queued job while no enabled agent is in contact,
 * "waiting: no agent online".
 */
import type { Job } from '../../../../shared/contract';
import { agentRunsRoute } from '../runs';
import { jobHref } from './jobHref';
import { useAgentOnline } from './useAgentOnline';

export function JobNameCell({ job }: { job: Job }) {
  return (
    <span className="build-name">
      <a href={jobHref(job)} className="build-link" data-testid="build-link">
        {job.name}
      </a>
      <span className="cell-muted cell-mono">#{job.id}</span>
      {job.rerunOf !== null && <span className="cell-muted build-rerun-of">re-run of #{job.rerunOf}</span>}
    </span>
  );
}

function WaitingForAgent() {
  const online = useAgentOnline();
  if (online !== false) return <span className="cell-muted">—</span>;
  return (
    <span className="build-waiting" data-testid="job-waiting" title="No enabled agent has called the host lately: start switchboard-agent or enable an agent">
      waiting: no agent online
    </span>
  );
}

export function JobAgentCell({ job }: { job: Job }) {
  if (job.agentUuid && job.agentHostname) {
    return (
      <a href={agentRunsRoute.href({ agentUuid: job.agentUuid })} data-testid="build-agent" title={`Job history of ${job.agentHostname}`}>
        {job.agentHostname}
      </a>
    );
  }
  return job.status === 'scheduled' ? <WaitingForAgent /> : <span className="cell-muted">—</span>;
}
