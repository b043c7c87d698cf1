/**
 * Reads of the queue tables. Times the dispatcher orders by are kept as epoch ms; the contract shows ISO strings.
 * @internal Used by the queue context only.
 */
import {
  RECENT_QUEUE_JOBS_KEPT,
  THROUGHPUT_SECONDS,
  type AttemptError,
  type QueueCounts,
  type QueueJob,
  type QueueJobState,
  type ThroughputSecond,
} from '../../../shared/contract';
import type { Db } from '../../kernel/db/openDatabase';

export interface QueueJobRow {
  id: number;
  org_id: string;
  queue: string;
  worker: string;
  args: string;
  state: QueueJobState;
  priority: number;
  attempt: number;
  max_attempts: number;
  timeout_ms: number | null;
  inserted_at: string;
  scheduled_ms: number;
  attempted_at: string | null;
  finished_ms: number | null;
  errors: string;
  progress: number | null;
  progress_note: string | null;
  cancel_requested: number;
  enqueued_by: string;
  backoff: string | null;
}

export const toQueueJob = (r: QueueJobRow): QueueJob => ({
  id: r.id,
  orgId: r.org_id,
  queue: r.queue,
  worker: r.worker,
  args: JSON.parse(r.args) as Record<string, unknown>,
  state: r.state,
  priority: r.priority,
  attempt: r.attempt,
  maxAttempts: r.max_attempts,
  timeoutMs: r.timeout_ms,
  insertedAt: r.inserted_at,
  scheduledAt: new Date(r.scheduled_ms).toISOString(),
  attemptedAt: r.attempted_at,
  finishedAt: r.finished_ms === null ? null : new Date(r.finished_ms).toISOString(),
  errors: JSON.parse(r.errors) as AttemptError[],
  progress: r.progress,
  progressNote: r.progress_note,
  cancelRequested: r.cancel_requested === 1,
  enqueuedBy: r.enqueued_by,
});

export function createQueueRows(db: Db) {
  const byId = db.prepare<[number], QueueJobRow>('SELECT * FROM queue_jobs WHERE id = ?');
  const unfinished = db.prepare<[string, number], QueueJobRow>(
    "SELECT * FROM queue_jobs WHERE org_id = ? AND state NOT IN ('completed', 'discarded', 'cancelled') ORDER BY id DESC LIMIT ?",
  );
  const finished = db.prepare<[string, number], QueueJobRow>(
    "SELECT * FROM queue_jobs WHERE org_id = ? AND state IN ('completed', 'discarded', 'cancelled') ORDER BY finished_ms DESC, id DESC LIMIT ?",
  );
  const counts = db.prepare<[string], { queue: string; state: QueueJobState; n: number }>(
    'SELECT queue, state, count(*) AS n FROM queue_jobs WHERE org_id = ? GROUP BY queue, state',
  );
  const queuesOf = db.prepare<[string], { queue: string }>('SELECT DISTINCT queue FROM queue_jobs WHERE org_id = ?');
  const paused = db.prepare<[string], { queue: string }>('SELECT queue FROM queue_pauses WHERE org_id = ?');
  const completedPerSecond = db.prepare<[string, number], { at: number; n: number }>(
    "SELECT finished_ms / 1000 AS at, count(*) AS n FROM queue_jobs WHERE org_id = ? AND state = 'completed' AND finished_ms >= ? GROUP BY at",
  );
  // A failed attempt is an entry of `errors`; a job fails at most a handful of times, so json_each stays cheap.
  const failedPerSecond = db.prepare<[string, number, number], { at: number; n: number }>(
    `SELECT CAST(unixepoch(e.value ->> 'at', 'subsec') AS INTEGER) AS at, count(*) AS n
       FROM queue_jobs j, json_each(j.errors) e
      WHERE j.org_id = ? AND j.errors <> '[]' AND (j.finished_ms IS NULL OR j.finished_ms >= ?)
        AND unixepoch(e.value ->> 'at', 'subsec') * 1000 >= ?
      GROUP BY at`,
  );

  return {
    job: (id: number): QueueJob | undefined => {
      const row = byId.get(id);
      return row && toQueueJob(row);
    },
    row: (id: number) => byId.get(id),
    /** Unfinished jobs (at most `limit`) then the most recent finished ones, newest first. */
    list(orgId: string, limit = 1000): QueueJob[] {
      return [...unfinished.all(orgId, limit), ...finished.all(orgId, RECENT_QUEUE_JOBS_KEPT)].map(toQueueJob);
    },
    counts(orgId: string): QueueCounts {
      const result: QueueCounts = {};
      for (const { queue, state, n } of counts.all(orgId)) (result[queue] ??= {})[state] = n;
      return result;
    },
    queuesOf: (orgId: string) => queuesOf.all(orgId).map((r) => r.queue),
    pausedQueues: (orgId: string) => new Set(paused.all(orgId).map((r) => r.queue)),
    throughput(orgId: string, nowMs: number): ThroughputSecond[] {
      const since = nowMs - THROUGHPUT_SECONDS * 1000;
      const seconds = new Map<number, ThroughputSecond>();
      const at = (s: number) => seconds.get(s) ?? seconds.set(s, { at: s, completed: 0, failed: 0 }).get(s)!;
      for (const { at: s, n } of completedPerSecond.all(orgId, since)) at(s).completed += n;
      for (const { at: s, n } of failedPerSecond.all(orgId, since, since)) at(s).failed += n;
      return [...seconds.values()].sort((a, b) => a.at - b.at);
    },
  };
}

export type QueueRows = ReturnType<typeof createQueueRows>;
