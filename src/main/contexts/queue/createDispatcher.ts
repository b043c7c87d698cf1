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
import type { WorkerDefinition } from './workQueue';

type Outcome = { id: number; kind: 'completed'; result: unknown } | { id: number; kind: 'failed'; error: string } | { id: number; kind: 'cancelled' };

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
  let dispatchQueued = false;
  let flushQueued = false;
  let progressTimer: NodeJS.Timeout | undefined;
  let wakeTimer: NodeJS.Timeout | undefined;
  let stopped = false;

  const available = db.prepare<[string, number], { id: number; worker: string }>(
    `SELECT id, worker FROM queue_jobs j WHERE queue = ? AND state = 'available'
       AND NOT EXISTS (SELECT 1 FROM queue_pauses p WHERE p.org_id = j.org_id AND p.queue = j.queue)
     ORDER BY priority, scheduled_ms, id LIMIT ?`,
  );
  const nextDue = db.prepare<[], { at: number | null }>("SELECT min(scheduled_ms) AS at FROM queue_jobs WHERE state IN ('scheduled', 'retryable')");
  const anyAvailable = db.prepare<[string], { n: number }>(
    `SELECT count(*) AS n FROM queue_jobs j WHERE queue = ? AND state = 'available'
       AND NOT EXISTS (SELECT 1 FROM queue_pauses p WHERE p.org_id = j.org_id AND p.queue = j.queue)`,
  );

  const queues = () => new Set([...workers.values()].map((w) => w.queue));

  function scheduleDispatch() {
    if (dispatchQueued || stopped) return;
    dispatchQueued = true;
    setImmediate(dispatch);
  }

  function dispatch() {
    dispatchQueued = false;
    if (stopped) return;
    const at = now();
    const claimed = write(actor, (emit) => {
      writes.stage(emit, at);
      const jobs: QueueJob[] = [];
      for (const queue of queues()) {
        const free = deps.concurrencyOf(queue) - (perQueue.get(queue) ?? 0);
        if (free <= 0) continue;
        const ids = available
          .all(queue, free + lingering.size)
          .filter((r) => workers.has(r.worker) && !lingering.has(r.id))
          .slice(0, free)
          .map((r) => r.id);
        if (ids.length > 0) jobs.push(...writes.claim(emit, ids, at));
      }
      return jobs;
    });
    for (const job of claimed) start(job);
    armWakeTimer();
    checkIdle();
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
        (error: unknown) => decide(entry, entry.cancelRequested ? { id: job.id, kind: 'cancelled' } : { id: job.id, kind: 'failed', error: messageOf(error) }),
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
    if (!flushQueued) {
      flushQueued = true;
      setImmediate(flushOutcomes);
    }
  }

  /** Records one outcome (and its worker's hook) inside the current write. */
  function record(emit: Emit, outcome: Outcome, at: number, withHooks: boolean) {
    const entry = running.get(outcome.id)!;
    const row = rows.row(outcome.id);
    if (!row || row.state !== 'executing') return; // deleted or rescued meanwhile
    progress.delete(outcome.id);
    const { worker } = entry;
    if (outcome.kind === 'completed') {
      const job = writes.complete(emit, outcome.id, at);
      if (withHooks) worker.onCompleted?.(emit, job, outcome.result);
    } else if (outcome.kind === 'cancelled') {
      const job = writes.cancelled(emit, outcome.id, at);
      if (withHooks) worker.onCancelled?.(emit, job);
    } else {
      const retryAt = row.attempt < row.max_attempts ? at + backoffDelay(row.attempt, worker.backoff, deps.random) : null;
      const job = writes.fail(emit, outcome.id, outcome.error, retryAt, at);
      if (withHooks) worker.onFailed?.(emit, job, outcome.error, retryAt !== null);
    }
  }

  function flushOutcomes() {
    flushQueued = false;
    if (stopped) return;
    const batch = outcomes.splice(0);
    const at = now();
    try {
      write(actor, (emit) => {
        for (const outcome of batch) record(emit, outcome, at, true);
      });
    } catch {
      // One worker's hook failed and took the batch with it: record each alone, and a failing hook's job without it.
      for (const outcome of batch) {
        try {
          write(actor, (emit) => record(emit, outcome, at, true));
        } catch (error) {
          log.error(`queue-hook:${running.get(outcome.id)?.worker.name}`, `queue: the hook of worker ${running.get(outcome.id)?.worker.name} failed`, error);
          write(actor, (emit) => record(emit, { id: outcome.id, kind: 'failed', error: `the worker's hook failed: ${messageOf(error)}` }, at, false));
        }
      }
    }
    for (const outcome of batch) release(outcome.id);
    scheduleDispatch();
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
