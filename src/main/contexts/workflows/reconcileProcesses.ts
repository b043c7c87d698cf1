/**
 * Start-up reconciliation: the queue rescues jobs that were executing when the last host stopped (each such attempt
 * failed) before this context starts, without calling any worker's hooks. A step whose job was thereby discarded
 * fails its process with the job's last error, as a last failed attempt would have; one whose job was cancelled
 * cancels its process; a job that will run again needs nothing.
 * @internal Used by the workflows context's index.
 */
import { systemRef } from '../../kernel/actor';
import type { Write } from '../../kernel/createWriter';
import type { WorkQueue } from '../queue';
import type { WorkflowWrites } from './createWorkflowWrites';
import type { WorkflowRows } from './workflowRows';

export function reconcileProcesses(write: Write, rows: WorkflowRows, writes: WorkflowWrites, queue: WorkQueue): number {
  let settled = 0;
  write(systemRef('workflows'), (emit) => {
    for (const step of rows.activeSteps()) {
      const job = queue.job(step.queueJobId!);
      if (job && !['discarded', 'cancelled'].includes(job.state)) continue;
      settled++;
      if (job?.state === 'cancelled') {
        writes.cancel(emit, rows.process(step.processId)!, `its queue job #${job.id} was cancelled`);
      } else {
        const error = job?.errors.at(-1)?.error ?? `its queue job #${step.queueJobId} is gone`;
        writes.attemptFailed(emit, step, error, job?.attempt ?? step.attempts, false);
      }
    }
  });
  return settled;
}
