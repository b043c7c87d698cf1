/**
 * The work-queue contract (seed: the Oban workers of the real-time updates reference): the one persistent queue every
 * context's background work runs on. Its units are *queue jobs*, run by named *workers*, never to be confused with
 * the build farm's jobs. A queue job is `scheduled` (runs at a time) or `available`, then `executing`; it ends
 * `completed`, or `retryable` (another attempt after a backoff) until `discarded` after its last attempt, or
 * `cancelled`. Topic `queue:updates:<org>` carries every state change of an organization's queue jobs and queues.
 */
import { z } from 'zod';
import { commandSpec } from './commands';
import { defineDomain } from './domain';
import { topicFamily, type FamilyEvent } from './topics';
import { viewSpec } from './views';

export const queueJobStates = ['scheduled', 'available', 'executing', 'retryable', 'completed', 'discarded', 'cancelled'] as const;
export type QueueJobState = (typeof queueJobStates)[number];
/** States a queue job never leaves (pruned after the retention period). */
export const finalQueueStates: readonly QueueJobState[] = ['completed', 'discarded', 'cancelled'];
export const isFinalQueueState = (state: QueueJobState): boolean => finalQueueStates.includes(state);

export const attemptErrorSchema = z.object({ attempt: z.number().int(), at: z.string(), error: z.string() });
export type AttemptError = z.infer<typeof attemptErrorSchema>;

export const queueJobSchema = z.object({
  id: z.number().int(),
  orgId: z.string(),
  queue: z.string(),
  worker: z.string(),
  args: z.record(z.string(), z.unknown()),
  state: z.enum(queueJobStates),
  /** 0 runs first, 9 last. */
  priority: z.number().int(),
  attempt: z.number().int(),
  maxAttempts: z.number().int(),
  timeoutMs: z.number().int().nullable(),
  insertedAt: z.string(),
  /** When it may run (next attempt, for a retryable job). */
  scheduledAt: z.string(),
  attemptedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
  /** One entry per failed attempt, oldest first. */
  errors: z.array(attemptErrorSchema),
  /** 0..1 as the worker last reported it, with its note. */
  progress: z.number().nullable(),
  progressNote: z.string().nullable(),
  cancelRequested: z.boolean(),
  /** Who enqueued it (the actor the work is done for). */
  enqueuedBy: z.string(),
});
export type QueueJob = z.infer<typeof queueJobSchema>;

export const queueInfoSchema = z.object({
  name: z.string(),
  /** How many of its jobs run at once, across organizations. */
  concurrency: z.number().int(),
  /** Paused for this organization: its jobs wait, running ones finish. */
  paused: z.boolean(),
});
export type QueueInfo = z.infer<typeof queueInfoSchema>;

export const queueCountsSchema = z.record(z.string(), z.partialRecord(z.enum(queueJobStates), z.number().int()));
/** Jobs per queue per state. */
export type QueueCounts = z.infer<typeof queueCountsSchema>;

export const throughputSecondSchema = z.object({ at: z.number().int(), completed: z.number().int(), failed: z.number().int() });
export type ThroughputSecond = z.infer<typeof throughputSecondSchema>;

export const queueDashboardSchema = z.object({
  queues: z.array(queueInfoSchema),
  counts: queueCountsSchema,
  /** Every unfinished job and the most recent finished ones, newest first. */
  jobs: z.array(queueJobSchema),
  /** Jobs completed and failed per second (epoch seconds), the last `THROUGHPUT_SECONDS`. */
  throughput: z.array(throughputSecondSchema),
});
export type QueueDashboard = z.infer<typeof queueDashboardSchema>;

/** How many finished queue jobs the dashboard keeps beside every unfinished one. */
export const RECENT_QUEUE_JOBS_KEPT = 300;
export const THROUGHPUT_SECONDS = 120;

export const queueTopic = topicFamily('queue:updates:{org}', {
  /** Any change of one job: `from` is its state before (null when it was just inserted). */
  queue_job_changed: z.object({ job: queueJobSchema, from: z.enum(queueJobStates).nullable() }),
  queue_changed: z.object({ queue: queueInfoSchema }),
  /** Finished jobs past the retention period (or deleted), with the states they were in. */
  queue_jobs_removed: z.object({ jobs: z.array(z.object({ id: z.number().int(), queue: z.string(), state: z.enum(queueJobStates) })) }),
});
export type QueueEvent = FamilyEvent<typeof queueTopic>;

const idInput = z.object({ id: z.coerce.number({ error: 'id must be a number' }).int().positive('id must be a positive integer') }).strict();
const queueNameInput = z.object({ queue: z.string({ error: 'queue is required' }).min(1, 'queue is required').max(64) }).strict();

export const queueDomain = defineDomain({
  name: 'queue',
  topics: { queueTopic },
  commands: {
    /** A retryable, discarded or cancelled job runs again now (one more attempt allowed). */
    'queue.retry': commandSpec(idInput, queueJobSchema),
    /** A waiting job never runs; a running one is told (its abort signal fires) and ends `cancelled`. */
    'queue.cancel': commandSpec(idInput, queueJobSchema),
    /** Removes a job that is not running. */
    'queue.delete': commandSpec(idInput, z.object({ id: z.number().int() })),
    'queue.pause': commandSpec(queueNameInput, queueInfoSchema),
    'queue.resume': commandSpec(queueNameInput, queueInfoSchema),
  },
  views: {
    'queue.dashboard': viewSpec(z.object({}).strict(), queueDashboardSchema, (session) => [queueTopic.build({ org: session.orgId })]),
    'queue.job': viewSpec(idInput, queueJobSchema),
  },
  rest: [],
});
