/**
 * What an agent is doing, in its row: idle, building `<job>` (linked to the run), lost or never seen, coloured by
 * state. It reads the shared clock itself, so "lost" appears as time passes while the rest of the row stays put.
 */
import { LOST_AFTER_MS, type Agent, type Job } from '../../../../shared/contract';
import { useNow } from '../../ui/time/useNow';
import { runRoute } from '../runs';
import { agentActivity, type AgentActivity } from './agentActivity';

const lostSeconds = Math.round(LOST_AFTER_MS / 1000);

function JobLink({ job }: { job: Job }) {
  // A held job always has its run; the plain name covers a record caught between the two writes.
  if (job.runId === null) return <>{job.name}</>;
  return (
    <a href={runRoute.href({ runId: job.runId })} data-testid="agent-job-link">
      {job.name}
    </a>
  );
}

/** The tooltip: the word's meaning, and the job's full name where the cell may cut it. */
function explain(activity: AgentActivity): string {
  switch (activity.kind) {
    case 'building':
      return `Building ${activity.job.name} (job #${activity.job.id})`;
    case 'lost':
      return `No contact for over ${lostSeconds} s${activity.job ? ` while building ${activity.job.name}` : ''}`;
    case 'never':
      return 'Has not called the host since it was registered';
    case 'idle':
      return 'In contact, waiting for work';
  }
}

function Label({ activity }: { activity: AgentActivity }) {
  if (activity.kind === 'building') {
    return (
      <>
        building <JobLink job={activity.job} />
      </>
    );
  }
  return <>{activity.kind === 'never' ? 'never seen' : activity.kind}</>;
}

export function AgentActivityCell({ agent, job }: { agent: Pick<Agent, 'lastContactAt'>; job: Job | undefined }) {
  const activity = agentActivity(agent, job, useNow());
  return (
    <span className="agent-activity" data-testid="agent-activity" data-kind={activity.kind} title={explain(activity)}>
      <Label activity={activity} />
    </span>
  );
}
