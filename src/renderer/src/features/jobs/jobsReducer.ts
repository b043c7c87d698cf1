/**
 * How one event on an organization's jobs topic changes the Builds list (`jobs.list`, newest first). Pure. The list
 * keeps what the server's snapshot would hold: every queued or running job and the most recent finished ones, so a
 * long-open window matches a reload.
 */
import { RECENT_JOBS_KEPT, isFinished, type Job, type JobsEvent } from '../../../../shared/contract';
import type { ReplicaEvent } from '../../sync/createReplica';
import type { ViewReducer } from '../../sync/createSyncClient';

/** Keeps every unfinished job and the newest `RECENT_JOBS_KEPT` finished ones, in the order given. */
function bound(jobs: Job[]): Job[] {
  let finished = 0;
  let over = false;
  const kept = jobs.filter((job) => {
    if (!isFinished(job.status)) return true;
    finished++;
    if (finished <= RECENT_JOBS_KEPT) return true;
    over = true;
    return false;
  });
  return over ? kept : jobs;
}

export function applyJobsEvent(jobs: Job[], event: ReplicaEvent<JobsEvent>): Job[] {
  const { job } = event.payload;
  const index = jobs.findIndex((j) => j.id === job.id);
  if (index !== -1) {
    const next = jobs.slice();
    next[index] = job;
    return bound(next);
  }
  // Ids grow with time, so newest first is descending id; a job trimmed off the end is not brought back.
  if (event.type === 'job_updated' && jobs.length > 0 && job.id < jobs[jobs.length - 1]!.id && isFinished(job.status)) return jobs;
  return bound([job, ...jobs].sort((a, b) => b.id - a.id));
}

export const jobsReducer: ViewReducer<'jobs.list', Job[]> = { init: (jobs) => jobs, reduce: applyJobsEvent };
