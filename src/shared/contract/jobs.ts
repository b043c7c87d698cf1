/**
 * The jobs contract (seed: ExGoCD's Scheduler and AgentJobRuns): jobs wait in an organization's queue, an enabled
 * agent asking for work gets the oldest one as a run, and the run's status and console stream to every watcher.
 * Topics: `scheduler:updates:<org>` (queue size), `jobs:updates:<org>` (every job of an organization, the Builds
 * view), `agent_job_runs:<agent>` (an agent's runs), `agent_job_run_console:<run>` (one run's console and status).
 * A job can be cancelled (queued: it never runs; running: its agent is told on its next call) and re-run.
 */
import { z } from 'zod';
import { commandSpec } from './commands';
import { defineDomain } from './domain';
import { withBody } from './rest';
import { topicFamily, type FamilyEvent } from './topics';
import { viewSpec } from './views';

export const runStatuses = ['assigned', 'building', 'passed', 'failed', 'cancelled'] as const;
export type RunStatus = (typeof runStatuses)[number];
export const finishedStatuses: readonly RunStatus[] = ['passed', 'failed', 'cancelled'];
export const jobStatuses = ['scheduled', ...runStatuses] as const;
export type JobStatus = (typeof jobStatuses)[number];
/** Whether a job or run has ended (passed, failed or cancelled). */
export const isFinished = (status: JobStatus): boolean => status === 'passed' || status === 'failed' || status === 'cancelled';

export const jobSchema = z.object({
  id: z.number().int(),
  orgId: z.string(),
  name: z.string(),
  command: z.string(),
  status: z.enum(jobStatuses),
  /** When it was queued. */
  createdAt: z.string(),
  runId: z.number().int().nullable(),
  agentUuid: z.string().nullable(),
  agentHostname: z.string().nullable(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
  exitCode: z.number().int().nullable(),
  /** Someone asked to cancel it while it ran; its agent stops it on its next call. */
  cancelRequested: z.boolean(),
  /** The job this one re-runs, if any. */
  rerunOf: z.number().int().nullable(),
  /** Who scheduled it (`user:<id>`, `api:<org>`, …); they are told when its run fails. */
  scheduledBy: z.string(),
});
export type Job = z.infer<typeof jobSchema>;

export const runSchema = z.object({
  id: z.number().int(),
  jobId: z.number().int(),
  orgId: z.string(),
  agentUuid: z.string(),
  agentHostname: z.string(),
  jobName: z.string(),
  command: z.string(),
  status: z.enum(runStatuses),
  exitCode: z.number().int().nullable(),
  createdAt: z.string(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
  /** Console length so far, in UTF-16 code units (the offset the next chunk starts at). */
  consoleLength: z.number().int(),
  /** Someone asked to cancel the run; the agent learns it from its next console or status call. */
  cancelRequested: z.boolean(),
});
export type Run = z.infer<typeof runSchema>;

const idParam = z.coerce.number({ error: 'id must be a number' }).int().positive('id must be a positive integer');

export const scheduleJobInput = z
  .object({
    name: z.string({ error: 'name is required' }).trim().min(1, 'name is required').max(120, 'name is at most 120 characters'),
    command: z.string({ error: 'command is required' }).trim().min(1, 'command is required').max(8000, 'command is at most 8000 characters'),
  })
  .strict();

const jobIdInput = z.object({ id: idParam }).strict();

/** How many finished jobs the Builds view keeps beside every queued and running one. */
export const RECENT_JOBS_KEPT = 200;

export const reportStatusInput = z
  .object({
    runId: idParam,
    status: z.enum(['building', 'passed', 'failed', 'cancelled'], { error: 'status must be building, passed, failed or cancelled' }),
    exitCode: z.number().int().nullable().optional(),
  })
  .strict();

/** At most 1 MiB of console per append; agents send more as several appends. */
export const appendConsoleInput = z.object({ runId: idParam, text: z.string().max(1 << 20, 'a console chunk is at most 1 MiB') }).strict();

export const schedulerTopic = topicFamily('scheduler:updates:{org}', { pending_count: z.object({ count: z.number().int().nonnegative() }) });
export const jobsTopic = topicFamily('jobs:updates:{org}', {
  job_queued: z.object({ job: jobSchema }),
  job_updated: z.object({ job: jobSchema }),
});
export const agentRunsTopic = topicFamily('agent_job_runs:{agent}', {
  run_created: z.object({ run: runSchema }),
  run_updated: z.object({ run: runSchema }),
});
export const runConsoleTopic = topicFamily('agent_job_run_console:{run}', {
  console_append: z.object({ offset: z.number().int().nonnegative(), text: z.string() }),
  run_updated: z.object({ run: runSchema }),
});

export type SchedulerEvent = FamilyEvent<typeof schedulerTopic>;
export type JobsEvent = FamilyEvent<typeof jobsTopic>;
export type AgentRunsEvent = FamilyEvent<typeof agentRunsTopic>;
export type RunConsoleEvent = FamilyEvent<typeof runConsoleTopic>;

export const runDetailSchema = z.object({ run: runSchema, console: z.string() });
export type RunDetail = z.infer<typeof runDetailSchema>;

export const jobsDomain = defineDomain({
  name: 'jobs',
  topics: { schedulerTopic, jobsTopic, agentRunsTopic, runConsoleTopic },
  commands: {
    'jobs.schedule': commandSpec(scheduleJobInput, jobSchema),
    /** A queued job never runs; a running one is stopped by its agent. CONFLICT once it finished. */
    'jobs.cancel': commandSpec(jobIdInput, jobSchema),
    /** A finished job again, as a new job with the same name and command. CONFLICT while it is queued or running. */
    'jobs.rerun': commandSpec(jobIdInput, jobSchema),
    /** Agent protocol: an agent asks for work; null when the queue is empty or the agent is disabled. */
    'agents.askForWork': commandSpec(
      z.object({ uuid: z.uuid('uuid must be a UUID') }).strict(),
      z.object({ job: jobSchema, run: runSchema }).nullable(),
    ),
    'runs.reportStatus': commandSpec(reportStatusInput, runSchema),
    /** Also the agent's heartbeat while a command runs (empty `text`): the answer says whether to cancel. */
    'runs.appendConsole': commandSpec(appendConsoleInput, z.object({ consoleLength: z.number().int(), cancelRequested: z.boolean() })),
  },
  views: {
    /** Every job of the organization that is queued or running, and the most recent finished ones; newest first. */
    'jobs.list': viewSpec(z.object({}).strict(), z.array(jobSchema), (session) => [jobsTopic.build({ org: session.orgId })]),
    'scheduler.queue': viewSpec(z.object({}).strict(), z.object({ pendingCount: z.number().int() }), (session) => [
      schedulerTopic.build({ org: session.orgId }),
    ]),
    /** An agent's most recent runs, newest first. */
    'runs.byAgent': viewSpec(z.object({ agentUuid: z.uuid() }).strict(), z.array(runSchema), (_session, params) => [
      agentRunsTopic.build({ agent: params.agentUuid }),
    ]),
    /** One run and its whole console so far. */
    'runs.detail': viewSpec(z.object({ runId: idParam }).strict(), runDetailSchema, (_session, params) => [
      runConsoleTopic.build({ run: String(params.runId) }),
    ]),
    /** One job and its run (the REST API's `GET /api/jobs/:id`). */
    'jobs.detail': viewSpec(z.object({ id: idParam }).strict(), z.object({ job: jobSchema, run: runSchema.nullable() })),
  },
  rest: [
    { method: 'POST', path: '/api/jobs', status: 201, run: { command: 'jobs.schedule', input: (_, body) => body } },
    { method: 'GET', path: '/api/jobs', status: 200, run: { view: 'jobs.list', wrap: (jobs) => ({ jobs }) } },
    { method: 'POST', path: '/api/jobs/:id/cancel', status: 200, run: { command: 'jobs.cancel', input: ({ id }) => ({ id }) } },
    { method: 'POST', path: '/api/jobs/:id/rerun', status: 201, run: { command: 'jobs.rerun', input: ({ id }) => ({ id }) } },
    { method: 'GET', path: '/api/jobs/:id', status: 200, run: { view: 'jobs.detail', params: ({ id }) => ({ id }), wrap: (detail) => detail } },
    // The agent protocol. `work` answers 204 when there is nothing to do (or the agent is disabled).
    { method: 'POST', path: '/api/agents/:uuid/work', status: 200, run: { command: 'agents.askForWork', input: ({ uuid }) => ({ uuid }) } },
    { method: 'PUT', path: '/api/runs/:id/status', status: 200, run: { command: 'runs.reportStatus', input: ({ id }, body) => withBody(body, { runId: id }) } },
    { method: 'POST', path: '/api/runs/:id/console', status: 200, run: { command: 'runs.appendConsole', input: ({ id }, body) => withBody(body, { runId: id }) } },
  ],
});

/** Something worth telling the organization's people about a job, wherever they are in the app. */
export interface JobNotice {
  readonly kind: 'info' | 'error';
  readonly message: string;
  readonly jobId: number;
  readonly runId: number | null;
  /** Stays until dismissed (a failure needs acting on). */
  readonly sticky: boolean;
}

/**
 * The one place that decides which job changes are worth telling: a run that ended (passed, failed, cancelled).
 * `before` is the status the teller last knew (undefined for a job it never saw). Toasts use it today; stored
 * notifications later.
 */
export function jobNotice(before: JobStatus | undefined, job: Job): JobNotice | null {
  if (!isFinished(job.status) || (before !== undefined && isFinished(before)) || job.runId === null) return null;
  const name = `${job.name} #${job.id}`;
  if (job.status === 'failed') {
    const how = job.exitCode === null ? '' : ` (exit code ${job.exitCode})`;
    return { kind: 'error', message: `${name} failed on ${job.agentHostname ?? 'its agent'}${how}`, jobId: job.id, runId: job.runId, sticky: true };
  }
  return { kind: 'info', message: `${name} ${job.status === 'passed' ? 'passed' : 'was cancelled'}`, jobId: job.id, runId: job.runId, sticky: false };
}
