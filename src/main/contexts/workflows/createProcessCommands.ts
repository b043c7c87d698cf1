/**
 * What people do with workflows: save one (a new version under the same name), start a process (the process and
 * its first step's queue job in one write), cancel a process (its unfinished steps skipped, its running step's job
 * told to stop) and retry a failed step (it and every later step pending again, its job enqueued). Another
 * organization's workflow or process is NOT_FOUND, never FORBIDDEN, so ids reveal nothing.
 * @internal Used by the workflows context's index.
 */
import { ConflictError, NotFoundError, isFinalQueueState, type ActorRef } from '../../../shared/contract';
import type { Actor } from '../../kernel/actor';
import type { Emit, Write } from '../../kernel/createWriter';
import type { Process, StepDefinition, Workflow } from '../../../shared/contract/workflows';
import type { WorkQueue } from '../queue';
import type { WorkflowWrites } from './createWorkflowWrites';
import type { StepState, WorkflowRows } from './workflowRows';

export interface ProcessCommands {
  save(actor: Actor, input: { name: string; steps: StepDefinition[] }): Workflow;
  start(actor: Actor, input: { workflowId: number; input?: Record<string, unknown>; resourceKey?: string }): Process;
  cancel(actor: Actor, id: number): Process;
  retryStep(actor: Actor, id: number, stepName: string): Process;
}

const who = (actor: Actor) => (actor.kind === 'user' ? actor.session.userName : 'the REST API');

export function createProcessCommands(
  write: Write,
  rows: WorkflowRows,
  writes: WorkflowWrites,
  queue: WorkQueue,
  enqueueStep: (emit: Emit, step: StepState, by: ActorRef) => void,
): ProcessCommands {
  function ownWorkflow(actor: Actor, id: number): Workflow {
    const workflow = rows.workflow(id);
    if (!workflow || workflow.orgId !== actor.orgId) throw new NotFoundError(`No workflow ${id} in this organization`);
    return workflow;
  }
  function ownProcess(actor: Actor, id: number): Process {
    const process = rows.process(id);
    if (!process || process.orgId !== actor.orgId) throw new NotFoundError(`No process ${id} in this organization`);
    return process;
  }

  return {
    save(actor, input) {
      return write(actor.ref, (emit) => writes.save(emit, actor.orgId, input));
    },
    start(actor, input) {
      return write(actor.ref, (emit) => {
        const workflow = ownWorkflow(actor, input.workflowId);
        const id = writes.createProcess(emit, actor.orgId, actor.ref, workflow, input.input ?? {}, input.resourceKey ?? null);
        enqueueStep(emit, rows.steps(id)[0]!, actor.ref);
        return writes.publish(emit, id);
      });
    },
    cancel(actor, id) {
      let jobToStop: number | null = null;
      const cancelled = write(actor.ref, (emit) => {
        const process = ownProcess(actor, id);
        if (process.status !== 'queued' && process.status !== 'running') {
          throw new ConflictError(`Process ${id} already ${process.status}; there is nothing to cancel`);
        }
        jobToStop = rows.steps(id).find((s) => s.status === 'pending' || s.status === 'running')?.queueJobId ?? null;
        writes.cancel(emit, process, `cancelled by ${who(actor)}`);
        return rows.process(id)!;
      });
      // After the commit: the step's job is told to stop (a running command's process group is killed).
      if (jobToStop !== null) {
        const job = queue.job(jobToStop);
        if (job && !isFinalQueueState(job.state)) queue.cancel(actor.ref, jobToStop);
      }
      return cancelled;
    },
    retryStep(actor, id, stepName) {
      return write(actor.ref, (emit) => {
        const process = ownProcess(actor, id);
        const step = rows.step(id, stepName);
        if (!step) throw new NotFoundError(`Process ${id} has no step ${stepName}`);
        if (process.status !== 'failed' || step.status !== 'failed') {
          throw new ConflictError(`Only a failed step of a failed process can be retried; step ${stepName} is ${step.status} and process ${id} is ${process.status}`);
        }
        writes.reset(emit, step);
        enqueueStep(emit, rows.step(id, stepName)!, actor.ref);
        return writes.publish(emit, id);
      });
    },
  };
}
