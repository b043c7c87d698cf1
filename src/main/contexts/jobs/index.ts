/**
 * The jobs context (seed: ExGoCD's Scheduler and AgentJobRuns): the only writer of `jobs`, `runs` and
 * `run_console`. It queues jobs, hands them to enabled agents that ask, records their status and console, and
 * broadcasts on `scheduler:updates:<org>`, `agent_job_runs:<agent>` and `agent_job_run_console:<run>`.
 */
import { NotFoundError, agentRunsTopic, runConsoleTopic, schedulerTopic } from '../../../shared/contract';
import type { ContextKit } from '../../kernel/context/createContextKit';
import { createJobCommands, type AgentDirectory, type JobCommands } from './createJobCommands';
import { createJobRows } from './jobRows';
import { jobsMigrations } from './migrations';

export type { AgentDirectory } from './createJobCommands';

/** The jobs context's public functions. */
export interface JobsContext extends JobCommands {
  pendingCount(orgId: string): number;
}

const RUNS_PER_AGENT = 100;

export function createJobsContext(kit: ContextKit, agents: AgentDirectory): JobsContext {
  kit.migrate(jobsMigrations);
  const rows = createJobRows(kit.db);
  const commands = createJobCommands(kit.db, kit.write, rows, agents);

  kit.command('jobs.schedule', (input, { actor }) => commands.schedule(actor, input));
  kit.command('agents.askForWork', (input, { actor }) => commands.askForWork(actor, input.uuid));
  kit.command('runs.reportStatus', (input, { actor }) => commands.reportStatus(actor, input));
  kit.command('runs.appendConsole', (input, { actor }) => commands.appendConsole(actor, input));

  kit.view('scheduler.queue', (_params, actor) => ({ pendingCount: rows.pendingCount(actor.orgId) }));
  kit.view('runs.byAgent', (params, actor) => {
    if (!agents.find(actor.orgId, params.agentUuid)) throw new NotFoundError(`No agent ${params.agentUuid} in this organization`);
    return rows.runsOfAgent(params.agentUuid, RUNS_PER_AGENT);
  });
  kit.view('runs.detail', (params, actor) => {
    const run = rows.run(params.runId);
    if (!run || run.orgId !== actor.orgId) throw new NotFoundError(`No run ${params.runId} in this organization`);
    return { run, console: rows.console(run.id) };
  });
  kit.view('jobs.detail', (params, actor) => {
    const job = rows.job(actor.orgId, params.id);
    if (!job) throw new NotFoundError(`No job ${params.id} in this organization`);
    return { job, run: job.runId === null ? null : (rows.run(job.runId) ?? null) };
  });

  kit.authorize(schedulerTopic, (actor, params) => actor.orgId === params.org);
  kit.authorize(agentRunsTopic, (actor, params) => agents.orgOf(params.agent) === actor.orgId);
  kit.authorize(runConsoleTopic, (actor, params) => rows.run(Number(params.run))?.orgId === actor.orgId);

  return {
    ...commands,
    pendingCount: (orgId) => rows.pendingCount(orgId),
  };
}
