/**
 * The queue context: the one persistent work queue (seed: the Oban workers of the real-time updates reference), the
 * only writer of `queue_jobs` and `queue_pauses`. Other contexts define workers and enqueue through `WorkQueue`;
 * windows watch `queue:updates:<org>` and retry, cancel, delete jobs and pause or resume queues. Jobs that were
 * executing when the host died are rescued at start-up; finished ones are pruned after the retention period.
 */
import {
  ConflictError,
  NotFoundError,
  queueTopic,
  type ActorRef,
  type QueueInfo,
  type QueueJob,
} from '../../../shared/contract';
import { systemRef } from '../../kernel/actor';
import type { ContextKit } from '../../kernel/context/createContextKit';
import { createRepeatLog } from '../../kernel/createRepeatLog';
import type { Emit } from '../../kernel/createWriter';
import { toDisposable } from '../../kernel/disposable';
import { createLogger } from '../../kernel/logger';
import { createDispatcher } from './createDispatcher';
import { createQueueWrites, type NewQueueJob } from './createQueueWrites';
import { createQueueRows } from './queueRows';
import { queueMigrations } from './migrations';
import type { EnqueueRequest, Enqueued, QueueSettings, WorkQueue, WorkerDefinition } from './workQueue';

export type * from './workQueue';
export { DiscardJob } from './workQueue';
export { backoffDelay } from './backoff';

export interface QueueContext extends WorkQueue {
  /** Removes finished jobs past the retention period now (a timer does it on its own). */
  prune(): number;
}

const DEFAULT_RETENTION_MS = 24 * 3_600_000;

/** Args in one canonical form (sorted keys), so `{a, b}` and `{b, a}` are the same unique job. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

const refText = (ref: ActorRef) => `${ref.kind}:${ref.id}`;

export function createQueueContext(kit: ContextKit, settings: QueueSettings = {}): QueueContext {
  kit.migrate(queueMigrations);
  const { db, write } = kit;
  const rows = createQueueRows(db);
  const writes = createQueueWrites(db, rows);
  const workers = new Map<string, WorkerDefinition>();
  const concurrencyOf = (queue: string) => settings.queues?.[queue] ?? settings.defaultConcurrency ?? 10;
  const retentionMs = settings.retentionMs ?? DEFAULT_RETENTION_MS;
  const dispatcher = createDispatcher({ db, write, rows, writes, workers, concurrencyOf, log: createRepeatLog(createLogger('switchboard:queue')) });
  const pause = db.prepare<[string, string]>('INSERT OR IGNORE INTO queue_pauses (org_id, queue) VALUES (?, ?)');
  const unpause = db.prepare<[string, string]>('DELETE FROM queue_pauses WHERE org_id = ? AND queue = ?');
  const autostart = settings.autostart ?? true;

  // Whatever was executing when the last host stopped ran no further: each such attempt counts as failed.
  write(systemRef('queue'), (emit) => writes.rescue(emit, Date.now()));

  function ownJob(orgId: string, id: number): QueueJob {
    const job = rows.job(id);
    if (!job || job.orgId !== orgId) throw new NotFoundError(`No queue job ${id} in this organization`);
    return job;
  }

  function queueInfo(orgId: string, queue: string): QueueInfo {
    return { name: queue, concurrency: concurrencyOf(queue), paused: rows.pausedQueues(orgId).has(queue) };
  }

  function insert(emit: Emit, request: EnqueueRequest): Enqueued {
    const worker = workers.get(request.worker);
    if (!worker) throw new Error(`queue: no worker named ${request.worker} is defined`);
    const options = request.options ?? {};
    const at = Date.now();
    const runAt = options.runAt === undefined ? undefined : typeof options.runAt === 'number' ? options.runAt : Date.parse(options.runAt);
    if (runAt !== undefined && Number.isNaN(runAt)) throw new Error(`queue: runAt ${String(options.runAt)} is not a time`);
    const job: NewQueueJob = {
      orgId: request.orgId,
      queue: worker.queue,
      worker: worker.name,
      args: request.args,
      argsKey: canonical(request.args),
      priority: Math.min(9, Math.max(0, options.priority ?? worker.priority ?? 5)),
      maxAttempts: Math.max(1, options.maxAttempts ?? worker.maxAttempts ?? 3),
      timeoutMs: options.timeoutMs ?? worker.timeoutMs ?? null,
      scheduledMs: runAt ?? at + (options.runInMs ?? 0),
      enqueuedBy: refText(request.by),
      backoff: options.backoff ? JSON.stringify(options.backoff) : null,
    };
    if (options.unique) {
      const existing = writes.findUnique(job, at - options.unique.periodMs);
      if (existing) return { job: existing, duplicate: true };
    }
    const inserted = writes.insert(emit, job, at);
    if (autostart) dispatcher.wake();
    return { job: inserted, duplicate: false };
  }

  function cancel(by: ActorRef, orgId: string | null, id: number): QueueJob {
    const job = orgId === null ? rows.job(id) : ownJob(orgId, id);
    if (!job) throw new NotFoundError(`No queue job ${id}`);
    if (job.state === 'completed' || job.state === 'discarded' || job.state === 'cancelled') {
      throw new ConflictError(`Queue job ${id} already ended (${job.state})`);
    }
    if (job.state === 'executing' && dispatcher.isRunning(id)) {
      const told = write(by, (emit) => writes.requestCancel(emit, id));
      dispatcher.cancel(id);
      return told;
    }
    return write(by, (emit) => writes.cancelled(emit, id, Date.now()));
  }

  function setPaused(by: ActorRef, orgId: string, queue: string, paused: boolean): QueueInfo {
    return write(by, (emit) => {
      (paused ? pause : unpause).run(orgId, queue);
      const info = queueInfo(orgId, queue);
      emit(queueTopic.build({ org: orgId }), { type: 'queue_changed', payload: { queue: info } });
      if (!paused) dispatcher.wake();
      return info;
    });
  }

  function prune(): number {
    return write(systemRef('queue'), (emit) => writes.prune(emit, Date.now() - retentionMs, 1000));
  }

  kit.command('queue.retry', (input, { actor }) => {
    const job = ownJob(actor.orgId, input.id);
    if (job.state === 'executing' || job.state === 'available') throw new ConflictError(`Queue job ${job.id} is ${job.state}; it can be retried once it fails or ends`);
    const retried = write(actor.ref, (emit) => writes.retry(emit, job.id, Date.now()));
    dispatcher.wake();
    return retried;
  });
  kit.command('queue.cancel', (input, { actor }) => cancel(actor.ref, actor.orgId, input.id));
  kit.command('queue.delete', (input, { actor }) => {
    const job = ownJob(actor.orgId, input.id);
    if (job.state === 'executing') throw new ConflictError(`Queue job ${job.id} is running; cancel it first`);
    write(actor.ref, (emit) => writes.remove(emit, job));
    return { id: job.id };
  });
  kit.command('queue.pause', (input, { actor }) => setPaused(actor.ref, actor.orgId, input.queue, true));
  kit.command('queue.resume', (input, { actor }) => setPaused(actor.ref, actor.orgId, input.queue, false));

  kit.view('queue.dashboard', (_params, actor) => {
    const names = new Set([...[...workers.values()].map((w) => w.queue), ...rows.queuesOf(actor.orgId)]);
    const paused = rows.pausedQueues(actor.orgId);
    return {
      queues: [...names].sort().map((name) => ({ name, concurrency: concurrencyOf(name), paused: paused.has(name) })),
      counts: rows.counts(actor.orgId),
      jobs: rows.list(actor.orgId),
      throughput: rows.throughput(actor.orgId, Date.now()),
    };
  });
  kit.view('queue.job', (params, actor) => ownJob(actor.orgId, params.id));
  kit.authorize(queueTopic, (actor, params) => actor.orgId === params.org);

  const pruneTimer = setInterval(prune, Math.max(1000, Math.min(60_000, retentionMs / 4)));
  pruneTimer.unref();
  kit.own(toDisposable(() => clearInterval(pruneTimer)));
  kit.own(toDisposable(() => dispatcher.stop()));

  return {
    define(worker) {
      if (workers.has(worker.name)) throw new Error(`queue: a worker named ${worker.name} is already defined`);
      workers.set(worker.name, worker as WorkerDefinition);
      if (autostart) dispatcher.wake();
      return toDisposable(() => workers.delete(worker.name));
    },
    enqueue: (request) => write(request.by, (emit) => insert(emit, request)),
    enqueueIn: insert,
    cancel: (by, id) => cancel(by, null, id),
    job: (id) => rows.job(id),
    idle: () => dispatcher.idle(),
    prune,
  };
}
