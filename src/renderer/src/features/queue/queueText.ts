/** Words for queue job states, the order they are shown in, and the filter box's rule over a job. Pure. */
import { queueJobStates, type QueueCounts, type QueueJob, type QueueJobState } from '../../../../shared/contract';

export const stateLabels: Record<QueueJobState, string> = {
  scheduled: 'Scheduled',
  available: 'Available',
  executing: 'Executing',
  retryable: 'Retryable',
  completed: 'Completed',
  discarded: 'Discarded',
  cancelled: 'Cancelled',
};

export const stateOrder = queueJobStates;

/** Jobs per state over every queue. */
export function totalsByState(counts: QueueCounts): Record<QueueJobState, number> {
  const totals = Object.fromEntries(stateOrder.map((s) => [s, 0])) as Record<QueueJobState, number>;
  for (const perState of Object.values(counts)) for (const state of stateOrder) totals[state] += perState?.[state] ?? 0;
  return totals;
}

/** Whether a job matches the filter box (`needle` trimmed and lower-cased): #id, worker, queue, state or args. */
export function matchesQueueJob(job: QueueJob, needle: string): boolean {
  const texts = [`#${job.id}`, job.worker, job.queue, stateLabels[job.state], JSON.stringify(job.args)];
  return texts.some((text) => text.toLowerCase().includes(needle));
}
