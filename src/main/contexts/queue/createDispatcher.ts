/**
 * Runs queue jobs: claims available ones up to each queue's concurrency, calls their worker with an abort signal
 * and a progress reporter, and records outcomes. Outcomes that land together are recorded in one write (with the
 * workers' own hooks, so a step's result and its next step commit with the job's completion), which is what lets
 * thousands of short jobs a second through with every change logged and broadcast. A job is never run twice at
 * once: a handler that outlives its timeout keeps its job off the queue until it returns.
 * @internal Used by the queue context only.
 */
import { systemRef } from '../../kernel/actor';
import type { Emit, Write } from '../../kernel/createWriter';
import type { Db } from '../../kernel/db/openDatabase';
import type { RepeatLog } from '../../kernel/createRepeatLog';
import type { QueueJob } from '../../../shared/contract';
import { backoffDelay } from './backoff';
import type { QueueRows } from './queueRows';
import type { QueueWrites } from './createQueueWrites';
import { DiscardJob, type Backoff, type WorkerDefinition } from './workQueue';

type Outcome =
  | { id: number; kind: 'completed'; result: unknown }
  | { id: number; kind: 'failed'; error: string; discard?: boolean }
  | { id: number; kind: 'cancelled' };

interface Running {
  job: QueueJob;
  worker: WorkerDefinition;
  controller: AbortController;
  timer?: NodeJS.Timeout;
  /** The attempt's outcome is decided (the handler may still be running, after a timeout). */
  decided: boolean;
  cancelRequested: boolean;
}

export interface DispatcherDeps {
  db: Db;
  write: Write;
  rows: QueueRows;
  writes: QueueWrites;
  workers: ReadonlyMap<string, WorkerDefinition>;
  concurrencyOf(queue: string): number;
  log: RepeatLog;
  now?: () => number;
  random?: () => number;
}

const PROGRESS_FLUSH_MS = 250;
const actor = systemRef('queue');
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error)) || 'failed without a message';

export function createDispatcher(deps: DispatcherDeps) {
  const { db, write, rows, writes, workers, log } = deps;
  const now = deps.now ?? Date.now;
  const running = new Map<number, Running>();
  /** Jobs whose attempt is recorded but whose handler has not returned yet. */
  const lingering = new Set<number>();
  const perQueue = new Map<string, number>();
  const outcomes: Outcome[] = [];
  const progress = new Map<number, { fraction: number; note: string | null }>();
  const idleWaiters: (() => void)[] = [];
  let tickQueued = false;
  let progressTimer: NodeJS.Timeout | undefined;
  let wakeTimer: NodeJS.Timeout | undefined;
  let stopped = false;

  // Only jobs of the queue's defined workers: jobs of a worker that is gone (renamed by a later version) would
  // otherwise fill the LIMIT and hold the queue up for good.
  const available = db.prepare<[string, string, number], { id: number }>(
    `SELECT id FROM queue_jobs j WHERE queue = ? AND state = 'available' AND worker IN (SELECT value FROM json_each(?))
       AND NOT EXISTS (SELECT 1 FROM queue_pauses p WHERE p.org_id = j.org_id AND p.queue = j.queue)
     ORDER BY priority, scheduled_ms, id LIMIT ?`,
  );
  const nextDue = db.prepare<[], { at: number | null }>("SELECT min(scheduled_ms) AS at FROM queue_jobs WHERE state IN ('scheduled', 'retryable')");
  const anyAvailable = db.prepare<[string], { n: number }>(
    `SELECT 1 AS n FROM queue_jobs j WHERE queue = ? AND state = 'available'
       AND NOT EXISTS (SELECT 1 FROM queue_pauses p WHERE p.org_id = j.org_id AND p.queue = j.queue) LIMIT 1`,
  );

  const queues = () => new Set([...workers.values()].map((w) => w.queue));

  function scheduleDispatch() {
    if (tickQueued || stopped) return;
    tickQueued = true;
    setImmediate(tick);
  }

  /** Claims available jobs up to each queue's free slots, inside the current write. */
  function claim(emit: Emit, at: number): QueueJob[] {
    writes.stage(emit, at);
    const jobs: QueueJob[] = [];
    for (const queue of queues()) {
      const free = deps.concurrencyOf(queue) - (perQueue.get(queue) ?? 0);
      if (free <= 0) continue;
      const names = [...workers.values()].filter((w) => w.queue === queue).map((w) => w.name);
      const ids = available
        .all(queue, JSON.stringify(names), free + lingering.size)
        .map((r) => r.id)
        .filter((id) => !lingering.has(id))
        .slice(0, free);
      if (ids.length > 0) jobs.push(...writes.claim(emit, ids, at));
    }
    return jobs;
  }

  /**
   * One write per turn of the event loop: the outcomes that landed since the last turn (with their workers' hooks),
   * then the jobs their freed slots can take. Short jobs thus cost a share of one transaction each, not three.
   */
  function tick() {
    tickQueued = false;
    if (stopped) return;
    const batch = outcomes.splice(0);
    const at = now();
    let claimed: QueueJob[];
    try {
      claimed = write(actor, (emit) => {
        for (const outcome of batch) record(emit, outcome, at, true);
        for (const outcome of batch) release(outcome.id);
        return claim(emit, at);
      });
    } catch (error) {
      // Rolled back: a worker's hook failed (or storage did). Record each outcome alone, a failing hook's without it.
      for (const outcome of batch) recordAlone(outcome, at);
      claimed = tryWrite((emit) => claim(emit, at), error) ?? [];
    }
    for (const job of claimed) start(job);
    armWakeTimer();
    checkIdle();
  }

  function recordAlone(outcome: Outcome, at: number) {
    try {
      write(actor, (emit) => record(emit, outcome, at, true));
    } catch (error) {
      const worker = rows.row(outcome.id)?.worker;
      log.error(`queue-hook:${worker}`, `queue: recording job ${outcome.id} of worker ${worker} failed`, error);
      tryWrite((emit) => record(emit, { id: outcome.id, kind: 'failed', error: `the worker's hook failed: ${messageOf(error)}` }, at, false), error);
    }
    release(outcome.id);
  }

  /** A write that may fail with the storage (a full disk): logged, and the queue tries again on its next tick. */
  function tryWrite<R>(work: (emit: Emit) => R, cause: unknown): R | undefined {
    try {
      return write(actor, work);
    } catch (error) {
      log.error(`queue-write:${messageOf(error)}`, 'queue: a write failed; retrying on the next tick', error ?? cause);
      setTimeout(scheduleDispatch, 1000).unref();
      return undefined;
    }
  }

  /** Wakes up when the next scheduled or retryable job is due. */
  function armWakeTimer() {
    clearTimeout(wakeTimer);
    const at = nextDue.get()?.at;
    if (at === null || at === undefined) return;
    wakeTimer = setTimeout(scheduleDispatch, Math.min(2 ** 31 - 1, Math.max(0, at - now())));
    wakeTimer.unref();
  }

  function start(job: QueueJob) {
    const worker = workers.get(job.worker)!;
    const entry: Running = { job, worker, controller: new AbortController(), decided: false, cancelRequested: false };
    running.set(job.id, entry);
    perQueue.set(job.queue, (perQueue.get(job.queue) ?? 0) + 1);
    if (job.timeoutMs !== null) {
      const ms = job.timeoutMs;
      entry.timer = setTimeout(() => {
        entry.controller.abort('timeout');
        decide(entry, { id: job.id, kind: 'failed', error: `timed out after ${ms} ms` });
      }, ms);
    }
    const context = {
      job,
      signal: entry.controller.signal,
      progress(fraction: number, note?: string) {
        if (entry.decided) return;
        progress.set(job.id, { fraction: Math.min(1, Math.max(0, fraction)), note: note ?? null });
        progressTimer ??= setTimeout(flushProgress, PROGRESS_FLUSH_MS);
      },
    };
    Promise.resolve()
      .then(() => worker.perform(job.args, context))
      .then(
        (result) => decide(entry, { id: job.id, kind: 'completed', result }),
        (error: unknown) =>
          decide(entry, entry.cancelRequested ? { id: job.id, kind: 'cancelled' } : { id: job.id, kind: 'failed', error: messageOf(error), discard: error instanceof DiscardJob }),
      );
  }

  function decide(entry: Running, outcome: Outcome) {
    if (entry.decided) {
      // The handler returned after its attempt was recorded (a timeout): only now may the job run again.
      if (lingering.delete(entry.job.id)) scheduleDispatch();
      return;
    }
    entry.decided = true;
    clearTimeout(entry.timer);
    if (entry.controller.signal.aborted && entry.controller.signal.reason === 'timeout') lingering.add(entry.job.id);
    outcomes.push(outcome);
    scheduleDispatch();
  }

  /** Records one outcome (and its worker's hook) inside the current write. */
  function record(emit: Emit, outcome: Outcome, at: number, withHooks: boolean) {
    const row = rows.row(outcome.id);
    if (!row || row.state !== 'executing') return; // deleted meanwhile
    const worker = workers.get(row.worker);
    if (!worker) return;
    progress.delete(outcome.id);
    if (outcome.kind === 'completed') {
      const job = writes.complete(emit, outcome.id, at);
      if (withHooks) worker.onCompleted?.(emit, job, outcome.result);
    } else if (outcome.kind === 'cancelled') {
      const job = writes.cancelled(emit, outcome.id, at);
      if (withHooks) worker.onCancelled?.(emit, job);
    } else {
      const retryAt = !outcome.discard && row.attempt < row.max_attempts ? at + backoffDelay(row.attempt, row.backoff ? (JSON.parse(row.backoff) as Backoff) : worker.backoff, deps.random) : null;
      const job = writes.fail(emit, outcome.id, outcome.error, retryAt, at);
      if (withHooks) worker.onFailed?.(emit, job, outcome.error, retryAt !== null);
    }
  }

  function release(id: number) {
    const entry = running.get(id);
    if (!entry) return;
    running.delete(id);
    perQueue.set(entry.job.queue, (perQueue.get(entry.job.queue) ?? 1) - 1);
  }

  function flushProgress() {
    progressTimer = undefined;
    if (stopped || progress.size === 0) return;
    const pending = [...progress];
    progress.clear();
    write(actor, (emit) => {
      for (const [id, { fraction, note }] of pending) if (rows.row(id)?.state === 'executing') writes.progress(emit, id, fraction, note);
    });
  }

  function checkIdle() {
    if (idleWaiters.length === 0 || running.size > 0 || outcomes.length > 0) return;
    for (const queue of queues()) if ((anyAvailable.get(queue)?.n ?? 0) > 0) return;
    for (const resolve of idleWaiters.splice(0)) resolve();
  }

  return {
    wake: scheduleDispatch,
    /** Tells a running job to stop; false when it is not running here. */
    cancel(id: number): boolean {
      const entry = running.get(id);
      if (!entry || entry.decided) return false;
      entry.cancelRequested = true;
      entry.controller.abort('cancelled');
      return true;
    },
    isRunning: (id: number) => running.has(id) || lingering.has(id),
    idle(): Promise<void> {
      return new Promise((resolve) => {
        idleWaiters.push(resolve);
        scheduleDispatch();
      });
    },
    stop() {
      stopped = true;
      clearTimeout(wakeTimer);
      clearTimeout(progressTimer);
      for (const entry of running.values()) {
        clearTimeout(entry.timer);
        entry.controller.abort('shutdown');
      }
      for (const resolve of idleWaiters.splice(0)) resolve();
    },
  };
}

export type Dispatcher = ReturnType<typeof createDispatcher>;
