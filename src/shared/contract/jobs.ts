/**
 * The jobs contract (seed: ExGoCD's Scheduler and AgentJobRuns): jobs wait in an organization's queue, an enabled
 * agent asking for work gets the oldest one as a run, and the run's status and console stream to every watcher.
 * Topics: `scheduler:updates:<org>` (queue size), `agent_job_runs:<agent>` (an agent's runs),
 * `agent_job_run_console:<run>` (one run's console and status).
 */
import { z } from 'zod';
import { commandSpec, type CommandsOf } from './commands';
import { eventUnion, topicFamily } from './topics';
import { viewSpec, type ViewsOf } from './views';

export const runStatuses = ['assigned', 'building', 'passed', 'failed', 'cancelled'] as const;
export type RunStatus = (typeof runStatuses)[number];
export const finishedStatuses: readonly RunStatus[] = ['passed', 'failed', 'cancelled'];
export const jobStatuses = ['scheduled', ...runStatuses] as const;
export type JobStatus = (typeof jobStatuses)[number];

export const jobSchema = z.object({
  id: z.number().int(),
  orgId: z.string(),
  name: z.string(),
  command: z.string(),
  status: z.enum(jobStatuses),
  createdAt: z.string(),
  runId: z.number().int().nullable(),
  agentUuid: z.string().nullable(),
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
});
export type Run = z.infer<typeof runSchema>;

const idParam = z.coerce.number({ error: 'id must be a number' }).int().positive('id must be a positive integer');

export const scheduleJobInput = z
  .object({
    name: z.string({ error: 'name is required' }).trim().min(1, 'name is required').max(120, 'name is at most 120 characters'),
    command: z.string({ error: 'command is required' }).trim().min(1, 'command is required').max(8000, 'command is at most 8000 characters'),
  })
  .strict();

export const reportStatusInput = z
  .object({
    runId: idParam,
    status: z.enum(['building', 'passed', 'failed', 'cancelled'], { error: 'status must be building, passed, failed or cancelled' }),
    exitCode: z.number().int().nullable().optional(),
  })
  .strict();

/** At most 1 MiB of console per append; agents send more as several appends. */
export const appendConsoleInput = z.object({ runId: idParam, text: z.string().max(1 << 20, 'a console chunk is at most 1 MiB') }).strict();

export const schedulerTopic = topicFamily(
  'scheduler:updates:{org}',
  ['org'],
  eventUnion({ pending_count: z.object({ count: z.number().int().nonnegative() }) }),
);
export const agentRunsTopic = topicFamily(
  'agent_job_runs:{agent}',
  ['agent'],
  eventUnion({ run_created: z.object({ run: runSchema }), run_updated: z.object({ run: runSchema }) }),
);
export const runConsoleTopic = topicFamily(
  'agent_job_run_console:{run}',
  ['run'],
  eventUnion({
    console_append: z.object({ offset: z.number().int().nonnegative(), text: z.string() }),
    run_updated: z.object({ run: runSchema }),
  }),
);

export type SchedulerEvent = { type: 'pending_count'; payload: { count: number } };
export type AgentRunsEvent = { type: 'run_created' | 'run_updated'; payload: { run: Run } };
export type RunConsoleEvent =
  | { type: 'console_append'; payload: { offset: number; text: string } }
  | { type: 'run_updated'; payload: { run: Run } };

export const runDetailSchema = z.object({ run: runSchema, console: z.string() });
export type RunDetail = z.infer<typeof runDetailSchema>;

export const jobsCommands = {
  'jobs.schedule': commandSpec(scheduleJobInput, jobSchema),
  /** Agent protocol: an agent asks for work; null when the queue is empty or the agent is disabled. */
  'agents.askForWork': commandSpec(z.object({ uuid: z.uuid('uuid must be a UUID') }).strict(), z.object({ job: jobSchema, run: runSchema }).nullable()),
  'runs.reportStatus': commandSpec(reportStatusInput, runSchema),
  'runs.appendConsole': commandSpec(appendConsoleInput, z.object({ consoleLength: z.number().int() })),
} as const;

export const jobsViews = {
  'scheduler.queue': viewSpec(z.object({}).strict(), z.object({ pendingCount: z.number().int() }), (session) => [
    schedulerTopic.build({ org: session.orgId }) as `scheduler:updates:${string}`,
  ]),
  /** An agent's most recent runs, newest first. */
  'runs.byAgent': viewSpec(z.object({ agentUuid: z.uuid() }).strict(), z.array(runSchema), (_session, params) => [
    agentRunsTopic.build({ agent: params.agentUuid }) as `agent_job_runs:${string}`,
  ]),
  /** One run and its whole console so far. */
  'runs.detail': viewSpec(z.object({ runId: idParam }).strict(), runDetailSchema, (_session, params) => [
    runConsoleTopic.build({ run: String(params.runId) }) as `agent_job_run_console:${string}`,
  ]),
  /** One job and its run (the REST API's `GET /api/jobs/:id`). */
  'jobs.detail': viewSpec(z.object({ id: idParam }).strict(), z.object({ job: jobSchema, run: runSchema.nullable() }), () => []),
} as const;

declare module './topics' {
  interface Topics {
    [topic: `scheduler:updates:${string}`]: SchedulerEvent;
    [topic: `agent_job_runs:${string}`]: AgentRunsEvent;
    [topic: `agent_job_run_console:${string}`]: RunConsoleEvent;
  }
}
declare module './commands' {
  interface Commands extends CommandsOf<typeof jobsCommands> {}
}
declare module './views' {
  interface Views extends ViewsOf<typeof jobsViews> {}
}
