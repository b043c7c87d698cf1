/**
 * The workflows context (seed: the real-time updates reference): the only writer of `workflows`,
 * `workflow_versions`, `workflow_processes`, `workflow_process_steps` and `workflow_step_output`. A workflow is a
 * named, versioned list of steps; a process runs them in order on the work queue, one queue job per step, retried per
 * the step's policy, and broadcasts at the seed's three granularities (`workflow:`/`resource:`, `process:`,
 * `version:`/`organization:`). It reaches the queue through `WorkQueue` and the build farm through `BuildFarm`.
 */
import { NotFoundError, actorRefSchema, type ActorRef } from '../../../shared/contract';
import {
  organizationTopic,
  processTopic,
  resourceTopic,
  versionTopic,
  workflowTopic,
  type Process,
  type Workflow,
} from '../../../shared/contract/workflows';
import type { Actor } from '../../kernel/actor';
import type { ContextKit } from '../../kernel/context/createContextKit';
import type { Emit } from '../../kernel/createWriter';
import type { WorkQueue } from '../queue';
import { createBuildWaiter, type BuildFarm } from './buildFarm';
import { createProcessCommands, type ProcessCommands } from './createProcessCommands';
import { STEP_WORKER, createStepWorker, type StepArgs } from './createStepWorker';
import { createWorkflowWrites } from './createWorkflowWrites';
import { workflowsMigrations } from './migrations';
import { reconcileProcesses } from './reconcileProcesses';
import { createRunBuild } from './steps/runBuild';
import { runDelay } from './steps/runDelay';
import { runHttp } from './steps/runHttp';
import { runShell } from './steps/runShell';
import { createWorkflowRows, type StepState } from './workflowRows';

export type { BuildFarm } from './buildFarm';

/** The workflows context's public functions. */
export interface WorkflowsContext extends ProcessCommands {
  workflows(orgId: string): Workflow[];
  /** A process of `actor`'s organization, or undefined (also for another organization's). */
  process(actor: Actor, id: number): Process | undefined;
}

export function createWorkflowsContext(kit: ContextKit, queue: WorkQueue, buildFarm: BuildFarm): WorkflowsContext {
  kit.migrate(workflowsMigrations);
  const rows = createWorkflowRows(kit.db);
  const writes = createWorkflowWrites(kit.db, rows);

  function enqueueStep(emit: Emit, step: StepState, by: ActorRef): void {
    const { retry, timeoutMs } = step.definition;
    const args: StepArgs = { processId: step.processId, step: step.name };
    const process = rows.process(step.processId)!;
    const { job } = queue.enqueueIn(emit, {
      orgId: process.orgId,
      worker: STEP_WORKER,
      args,
      by,
      options: { maxAttempts: retry?.maxAttempts ?? 1, backoff: { baseMs: retry?.backoffMs ?? 1000 }, ...(timeoutMs === undefined ? {} : { timeoutMs }) },
    });
    writes.queued(step, job.id);
  }

  /** Later steps are enqueued for whoever started the process (`startedBy` is `<kind>:<id>`). */
  const startedBy = (process: Process): ActorRef => {
    const [kind, ...id] = process.startedBy.split(':');
    return actorRefSchema.parse({ kind, id: id.join(':') });
  };
  const runners = { delay: runDelay, shell: runShell, http: runHttp, build: createRunBuild(buildFarm, createBuildWaiter(kit)) };
  kit.own(
    queue.define(
      createStepWorker({
        write: kit.write,
        rows,
        writes,
        runners,
        enqueueStep: (emit, step) => enqueueStep(emit, step, startedBy(rows.process(step.processId)!)),
      }),
    ),
  );
  const commands = createProcessCommands(kit.write, rows, writes, queue, enqueueStep);
  reconcileProcesses(kit.write, rows, writes, queue);

  function ownProcess(actor: Actor, id: number): Process {
    const process = rows.process(id);
    if (!process || process.orgId !== actor.orgId) throw new NotFoundError(`No process ${id} in this organization`);
    return process;
  }

  kit.command('workflows.save', (input, { actor }) => commands.save(actor, input));
  kit.command('processes.start', (input, { actor }) => commands.start(actor, input));
  kit.command('processes.cancel', (input, { actor }) => commands.cancel(actor, input.id));
  kit.command('processes.retryStep', (input, { actor }) => commands.retryStep(actor, input.id, input.step));

  kit.view('workflows.list', (_params, actor) => ({ workflows: rows.workflows(actor.orgId), processes: rows.processes(actor.orgId) }));
  kit.view('processes.get', (params, actor) => ownProcess(actor, params.id));
  kit.view('processes.detail', (params, actor) => ({ process: ownProcess(actor, params.id), output: rows.output(params.id) }));
  kit.view('workflows.latest', (params, actor) => {
    const workflow = rows.workflow(params.workflowId);
    if (!workflow || workflow.orgId !== actor.orgId) throw new NotFoundError(`No workflow ${params.workflowId} in this organization`);
    return { workflow, process: rows.latestProcess(workflow.id) ?? null };
  });

  const workflowOrg = (id: string) => (/^\d+$/.test(id) ? rows.workflow(Number(id))?.orgId : undefined);
  kit.authorize(organizationTopic, (actor, params) => actor.orgId === params.org);
  kit.authorize(workflowTopic, (actor, params) => workflowOrg(params.id) === actor.orgId);
  kit.authorize(versionTopic, (actor, params) => workflowOrg(params.workflow) === actor.orgId);
  kit.authorize(processTopic, (actor, params) => /^\d+$/.test(params.id) && rows.process(Number(params.id))?.orgId === actor.orgId);
  kit.authorize(resourceTopic, (actor, params) => params.key.startsWith(`${actor.orgId}.`));

  return {
    ...commands,
    workflows: (orgId) => rows.workflows(orgId),
    process: (actor, id) => {
      const process = rows.process(id);
      return process && process.orgId === actor.orgId ? process : undefined;
    },
  };
}
