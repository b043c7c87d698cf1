/**
 * The workflows contract (seed: the real-time updates reference). A workflow is a named, versioned list of steps;
 * starting one creates a *process* that runs its steps in order, each step a queue job. Broadcasts come at the
 * seed's three granularities, payloads as maps with named fields and timestamps:
 * - coarse: `workflow:<id>` (`process_created`, `workflow_completed` with status) and `resource:<org>.<key>` for a
 *   process started about a resource;
 * - fine: `process:<id>` (`progress_update`, `step_started`, `step_completed`, `step_failed`, `step_output`);
 * - `version:<workflow>` when a workflow's definition changes; `organization:<org>` for the organization's lists.
 */
import { z } from 'zod';
import { commandSpec } from './commands';
import { defineDomain } from './domain';
import { withBody } from './rest';
import { topicFamily, type FamilyEvent } from './topics';
import { viewSpec } from './views';

const stepName = z
  .string({ error: 'a step needs a name' })
  .trim()
  .min(1, 'a step needs a name')
  .max(64, 'a step name is at most 64 characters')
  .regex(/^[A-Za-z0-9_.-]+$/, 'a step name uses letters, digits, _, . and - only');

const retryPolicy = z
  .object({
    maxAttempts: z.number().int().min(1).max(20).default(1),
    backoffMs: z.number().int().min(0).max(3_600_000).default(1000),
  })
  .strict();

const common = { name: stepName, retry: retryPolicy.optional(), timeoutMs: z.number().int().positive().max(24 * 3_600_000).optional() };

export const stepDefinitionSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ ...common, kind: z.literal('delay'), ms: z.number({ error: 'a delay step needs ms' }).int().min(0).max(24 * 3_600_000) }).strict(),
    z.object({ ...common, kind: z.literal('shell'), command: z.string({ error: 'a shell step needs a command' }).trim().min(1).max(8000) }).strict(),
    z
      .object({
        ...common,
        kind: z.literal('http'),
        url: z.url({ protocol: /^https?$/, error: 'an http step needs an http(s) url' }),
        method: z.enum(['GET', 'POST', 'PUT', 'DELETE', 'HEAD']).default('GET'),
        expectStatus: z.number().int().min(100).max(599).default(200),
      })
      .strict(),
    z.object({ ...common, kind: z.literal('build'), command: z.string({ error: 'a build step needs a command' }).trim().min(1).max(8000) }).strict(),
  ],
  { error: (issue) => (issue.code === 'invalid_union' ? 'kind must be delay, shell, http or build' : undefined) },
);
export type StepDefinition = z.infer<typeof stepDefinitionSchema>;
export type StepKind = StepDefinition['kind'];

export const saveWorkflowInput = z
  .object({
    name: z.string({ error: 'name is required' }).trim().min(1, 'name is required').max(120, 'name is at most 120 characters'),
    steps: z
      .array(stepDefinitionSchema, { error: 'steps must be a list' })
      .min(1, 'a workflow needs at least one step')
      .max(100, 'a workflow has at most 100 steps')
      .refine((steps) => new Set(steps.map((s) => s.name)).size === steps.length, 'step names must be unique'),
  })
  .strict();

export const workflowSchema = z.object({
  id: z.number().int(),
  orgId: z.string(),
  name: z.string(),
  version: z.number().int(),
  steps: z.array(stepDefinitionSchema),
  updatedAt: z.string(),
});
export type Workflow = z.infer<typeof workflowSchema>;

export const processStatuses = ['queued', 'running', 'completed', 'failed', 'cancelled'] as const;
export type ProcessStatus = (typeof processStatuses)[number];
export const stepStatuses = ['pending', 'running', 'completed', 'failed', 'skipped'] as const;
export type StepStatus = (typeof stepStatuses)[number];

export const processStepSchema = z.object({
  name: z.string(),
  kind: z.enum(['delay', 'shell', 'http', 'build']),
  status: z.enum(stepStatuses),
  attempts: z.number().int(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
  /** The last attempt's error in full. */
  error: z.string().nullable(),
  /** What the step produced (exit code, status, build result), for the activity list. */
  result: z.record(z.string(), z.unknown()).nullable(),
  /** Output kept so far (shell), in UTF-16 code units. */
  outputLength: z.number().int(),
});
export type ProcessStep = z.infer<typeof processStepSchema>;

export const processSchema = z.object({
  id: z.number().int(),
  orgId: z.string(),
  workflowId: z.number().int(),
  workflowName: z.string(),
  version: z.number().int(),
  status: z.enum(processStatuses),
  /** 0..100. */
  percentage: z.number(),
  currentStep: z.string().nullable(),
  input: z.record(z.string(), z.unknown()),
  resourceKey: z.string().nullable(),
  startedBy: z.string(),
  createdAt: z.string(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
  steps: z.array(processStepSchema),
});
export type Process = z.infer<typeof processSchema>;

const at = z.string();
export const workflowTopic = topicFamily('workflow:{id}', {
  process_created: z.object({ processId: z.number().int(), workflowId: z.number().int(), timestamp: at }),
  workflow_completed: z.object({ processId: z.number().int(), workflowId: z.number().int(), status: z.enum(processStatuses), timestamp: at }),
});
export const resourceTopic = topicFamily('resource:{key}', {
  process_created: z.object({ processId: z.number().int(), workflowId: z.number().int(), timestamp: at }),
  workflow_completed: z.object({ processId: z.number().int(), workflowId: z.number().int(), status: z.enum(processStatuses), timestamp: at }),
});
export const processTopic = topicFamily('process:{id}', {
  progress_update: z.object({ content: z.string(), percentage: z.number(), timestamp: at }),
  step_started: z.object({ step: z.string(), attempt: z.number().int(), timestamp: at }),
  step_completed: z.object({ step: z.string(), result: z.record(z.string(), z.unknown()), timestamp: at }),
  step_failed: z.object({ step: z.string(), error: z.string(), attempt: z.number().int(), willRetry: z.boolean(), timestamp: at }),
  step_output: z.object({ step: z.string(), offset: z.number().int(), text: z.string() }),
  /** The whole process after any change of status (the widget's source of truth for status and steps). */
  process_updated: z.object({ process: processSchema, timestamp: at }),
});
export const versionTopic = topicFamily('version:{workflow}', {
  version_created: z.object({ workflow: workflowSchema, timestamp: at }),
});
export const organizationTopic = topicFamily('organization:{org}', {
  workflow_saved: z.object({ workflow: workflowSchema, timestamp: at }),
  process_changed: z.object({ process: processSchema, timestamp: at }),
});
export type WorkflowEvent = FamilyEvent<typeof workflowTopic>;
export type ProcessEvent = FamilyEvent<typeof processTopic>;
export type OrganizationEvent = FamilyEvent<typeof organizationTopic>;

/** `resource:<org>.<key>`: a resource key belongs to its organization, so two organizations never share a topic. */
export const resourceTopicOf = (orgId: string, key: string) => resourceTopic.build({ key: `${orgId}.${key}` });

const idParam = z.coerce.number({ error: 'id must be a number' }).int().positive('id must be a positive integer');
export const startProcessInput = z
  .object({
    workflowId: idParam,
    input: z.record(z.string(), z.unknown()).optional(),
    resourceKey: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'resourceKey uses letters, digits, _ and - only').optional(),
  })
  .strict();

/** How many processes the workflows view keeps (unfinished ones always). */
export const RECENT_PROCESSES_KEPT = 100;

export const processDetailSchema = z.object({ process: processSchema, output: z.record(z.string(), z.string()) });
export type ProcessDetail = z.infer<typeof processDetailSchema>;

export const workflowsDomain = defineDomain({
  name: 'workflows',
  topics: { workflowTopic, resourceTopic, processTopic, versionTopic, organizationTopic },
  commands: {
    /** Creates a workflow, or a new version of the one with that name. */
    'workflows.save': commandSpec(saveWorkflowInput, workflowSchema),
    'processes.start': commandSpec(startProcessInput, processSchema),
    'processes.cancel': commandSpec(z.object({ id: idParam }).strict(), processSchema),
    /** Runs a failed step again and the steps after it. */
    'processes.retryStep': commandSpec(z.object({ id: idParam, step: stepName }).strict(), processSchema),
  },
  views: {
    /** Every workflow (latest version) and the organization's processes, unfinished first. */
    'workflows.list': viewSpec(
      z.object({}).strict(),
      z.object({ workflows: z.array(workflowSchema), processes: z.array(processSchema) }),
      (session) => [organizationTopic.build({ org: session.orgId })],
    ),
    /** One process with each step's output so far. */
    'processes.detail': viewSpec(z.object({ id: idParam }).strict(), processDetailSchema, (_session, params) => [
      processTopic.build({ id: String(params.id) }),
    ]),
    /** A workflow's latest process (the coarse level of the widget). */
    'workflows.latest': viewSpec(
      z.object({ workflowId: idParam }).strict(),
      z.object({ workflow: workflowSchema, process: processSchema.nullable() }),
      (_session, params) => [workflowTopic.build({ id: String(params.workflowId) }), versionTopic.build({ workflow: String(params.workflowId) })],
    ),
    'processes.get': viewSpec(z.object({ id: idParam }).strict(), processSchema),
  },
  rest: [
    { method: 'POST', path: '/api/workflows', status: 201, run: { command: 'workflows.save', input: (_, body) => body } },
    { method: 'GET', path: '/api/workflows', status: 200, run: { view: 'workflows.list', wrap: (data) => ({ workflows: (data as { workflows: unknown }).workflows }) } },
    {
      method: 'POST',
      path: '/api/workflows/:id/processes',
      status: 202,
      run: { command: 'processes.start', input: ({ id }, body) => ({ ...withBody(body, {}), workflowId: id }) },
    },
    { method: 'GET', path: '/api/processes/:id', status: 200, run: { view: 'processes.get', params: ({ id }) => ({ id }), wrap: (process) => process } },
    { method: 'POST', path: '/api/processes/:id/cancel', status: 200, run: { command: 'processes.cancel', input: ({ id }) => ({ id }) } },
    {
      method: 'POST',
      path: '/api/processes/:id/steps/:name/retry',
      status: 200,
      run: { command: 'processes.retryStep', input: ({ id, name }) => ({ id, step: name }) },
    },
  ],
});
