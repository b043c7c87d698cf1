/**
 * The one queue worker of the workflows context (`workflows.step` on queue `workflows`): a job runs one step of one
 * process. `perform` marks the step running (its own write), runs the step's kind with the job's abort signal and
 * streams its output; the outcome hooks run inside the queue's write that records the attempt, so a step's result
 * and its next step's job commit together with the job's completion, and a last failed attempt fails the process
 * in the same transaction. A job whose step is no longer its own (cancelled, reset) does nothing. Progress a step
 * reports rides the write of its output: a thousand reports in a burst cost one transaction, each still an event.
 * @internal Used by the workflows context's index.
 */
import type { ActorRef, QueueJob } from '../../../shared/contract';
import type { Emit, Write } from '../../kernel/createWriter';
import { createLogger } from '../../kernel/logger';
import type { StepKind } from '../../../shared/contract/workflows';
import type { WorkerDefinition } from '../queue';
import { createOutputBuffer } from './createOutputBuffer';
import type { WorkflowWrites } from './createWorkflowWrites';
import type { StepProgress } from './steps/createProgressLines';
import type { StepRun, StepRunner } from './steps/stepKit';
import type { StepState, WorkflowRows } from './workflowRows';

export const STEP_WORKER = 'workflows.step';
export const STEP_QUEUE = 'workflows';

export interface StepArgs extends Record<string, unknown> {
  processId: number;
  step: string;
}

export type StepRunners = { [K in StepKind]: StepRunner<K> };

export interface StepWorkerDeps {
  write: Write;
  rows: WorkflowRows;
  writes: WorkflowWrites;
  runners: StepRunners;
  /** Enqueues the job of `step` inside the current write. */
  enqueueStep(emit: Emit, step: StepState): void;
}

const log = createLogger('switchboard:contexts:workflows');
const jobRef = (job: QueueJob): ActorRef => ({ kind: 'job', id: String(job.id) });

export function createStepWorker(deps: StepWorkerDeps): WorkerDefinition<StepArgs> {
  const { write, rows, writes, runners } = deps;

  /** The step this job runs, if it is still this job's to run. */
  function ownStep(job: QueueJob): StepState | undefined {
    const args = job.args as StepArgs;
    const process = rows.process(args.processId);
    if (!process || (process.status !== 'queued' && process.status !== 'running')) return undefined;
    const step = rows.step(args.processId, args.step);
    return step && step.queueJobId === job.id && (step.status === 'pending' || step.status === 'running') ? step : undefined;
  }

  function run<K extends StepKind>(step: StepState & { kind: K }, base: Omit<StepRun<K>, 'definition'>): Promise<Record<string, unknown>> {
    const runner = runners[step.kind] as StepRunner<K>;
    return runner({ ...base, definition: step.definition as StepRun<K>['definition'] });
  }

  return {
    name: STEP_WORKER,
    queue: STEP_QUEUE,
    maxAttempts: 1,
    async perform(_args, { job, signal, progress: jobProgress }) {
      const claimed = write(jobRef(job), (emit) => {
        const step = ownStep(job);
        if (step) writes.started(emit, step, job.attempt);
        return step;
      });
      if (!claimed) return { stale: true };
      const process = rows.process(claimed.processId)!;
      const buffer = createOutputBuffer((text, reports) => {
        try {
          write(jobRef(job), (emit) => {
            writes.append(emit, claimed, text);
            if (reports.length > 0) writes.progress(emit, claimed, reports);
          });
        } catch (error) {
          log.error(`could not keep output of step ${claimed.name} of process ${claimed.processId}`, error);
        }
      });
      // A later attempt's output follows the earlier ones' (offsets only grow), under a line saying which it is.
      if (job.attempt > 1 || claimed.outputLength > 0) {
        const before = claimed.outputLength > 0 && !rows.output(claimed.processId)[claimed.name]!.endsWith('\n') ? '\n' : '';
        buffer.push(`${before}[switchboard] attempt ${job.attempt} of ${job.maxAttempts}\n`);
      }
      try {
        const progress = (report: StepProgress) => {
          buffer.report(report);
          // The queue dashboard shows the job's own progress too (the queue coalesces it on its side).
          jobProgress(report.percent / 100, report.note ?? undefined);
        };
        return await run(claimed, { signal, orgId: process.orgId, processId: process.id, input: process.input, output: buffer.push, progress });
      } finally {
        buffer.close();
      }
    },
    onCompleted(emit, job, result) {
      const step = ownStep(job);
      if (!step || step.status !== 'running') return;
      const next = writes.completed(emit, step, (result ?? {}) as Record<string, unknown>);
      if (next) deps.enqueueStep(emit, next);
    },
    onFailed(emit, job, error, willRetry) {
      const step = ownStep(job);
      if (step) writes.attemptFailed(emit, step, error, job.attempt, willRetry);
    },
    onCancelled(emit, job) {
      // Cancelled on the queue itself (the dashboard): the process ends as if cancelled by its own command.
      const step = ownStep(job);
      if (step) writes.cancel(emit, rows.process(step.processId)!, `its queue job #${job.id} was cancelled`);
    },
  };
}
