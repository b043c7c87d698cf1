/**
 * The jobs context (seed: ExGoCD's Scheduler and AgentJobRuns): the only writer of `jobs`, `runs` and
 * `run_console`. It queues jobs, hands them to enabled agents that ask, records their status and console, cancels
 * and re-runs them, reclaims runs of lost agents, and broadcasts on `scheduler:updates:<org>`, `jobs:updates:<org>`,
 * `agent_job_runs:<agent>` and `agent_job_run_console:<run>`. It reaches the agents context through `AgentDirectory`.
 */
import { LOST_AFTER_MS, NotFoundError, agentRunsTopic, jobsTopic, runConsoleTopic, schedulerTopic } from '../../../shared/contract';
import type { ContextKit } from '../../kernel/context/createContextKit';
import { toDisposable } from '../../kernel/disposable';
import { createAgentProtocol, type AgentDirectory, type AgentProtocol } from './createAgentProtocol';
import { createJobCommands, type JobCommands } from './createJobCommands';
import { createJobWrites } from './createJobWrites';
import { createReclaimer, type Reclaim } from './createReclaimer';
import { createJobRows } from './jobRows';
import { jobsMigrations } from './migrations';

export type { AgentDirectory } from './createAgentProtocol';

/** The jobs context's public functions. */
export interface JobsContext extends JobCommands, AgentProtocol {
  pendingCount(orgId: string): number;
  /** Fails the runs of agents lost for longer than the reclaim timeout now (the timer does it on its own). */
  reclaim: Reclaim;
}

export interface JobsOptions {
  /** Silence after which an agent is lost: cancelling its run ends it at once (default `LOST_AFTER_MS`). */
  lostAfterMs?: number;
  /** Silence after which a lost agent's run is failed (default 10 min). */
  reclaimAfterMs?: number;
}

const RUNS_PER_AGENT = 100;

export function createJobsContext(kit: ContextKit, agents: AgentDirectory, options: JobsOptions = {}): JobsContext {
  kit.migrate(jobsMigrations);
  const rows = createJobRows(kit.db);
  const writes = createJobWrites(kit.db, rows);
  const commands = createJobCommands(kit.write, rows, writes, agents, options.lostAfterMs ?? LOST_AFTER_MS);
  const protocol = createAgentProtocol(kit.write, rows, writes, agents);
  const reclaimAfterMs = options.reclaimAfterMs ?? 10 * 60_000;
  const reclaim = createReclaimer(kit.write, rows, writes, agents, reclaimAfterMs);

  kit.command('jobs.schedule', (input, { actor }) => commands.schedule(actor, input));
  kit.command('jobs.cancel', (input, { actor }) => commands.cancel(actor, input.id));
  kit.command('jobs.rerun', (input, { actor }) => commands.rerun(actor, input.id));
  kit.command('agents.askForWork', (input, { actor }) => protocol.askForWork(actor, input.uuid));
  kit.command('runs.reportStatus', (input, { actor }) => protocol.reportStatus(actor, input));
  kit.command('runs.appendConsole', (input, { actor }) => protocol.appendConsole(actor, input));

  kit.view('jobs.list', (_params, actor) => rows.list(actor.orgId));
  kit.view('scheduler.queue', (_params, actor) => ({ pendingCount: rows.pendingCount(actor.orgId) }));
  kit.view('runs.byAgent', (params, actor) => {
    if (!agents.find(actor.orgId, params.agentUuid)) throw new NotFoundError(`No agent ${params.agentUuid} in this organization`);
    return rows.runsOfAgent(actor.orgId, params.agentUuid, RUNS_PER_AGENT);
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
  kit.authorize(jobsTopic, (actor, params) => actor.orgId === params.org);
  kit.authorize(agentRunsTopic, (actor, params) => agents.orgOf(params.agent) === actor.orgId);
  kit.authorize(runConsoleTopic, (actor, params) => rows.run(Number(params.run))?.orgId === actor.orgId);

  // Often enough that a run is reclaimed within a quarter of the timeout after it expires.
  const timer = setInterval(reclaim, Math.max(50, Math.min(30_000, reclaimAfterMs / 4)));
  timer.unref();
  kit.own(toDisposable(() => clearInterval(timer)));

  return {
    ...commands,
    ...protocol,
    pendingCount: (orgId) => rows.pendingCount(orgId),
    reclaim,
  };
}
