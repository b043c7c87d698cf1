/**
 * Every state change of a queue job, each inside the caller's write: the row changes and `queue_job_changed` (with
 * the state it left) is emitted in the same transaction, so the log, the broadcast and the table never disagree.
 * @internal Used by the queue context only.
 */
import { queueTopic, type AttemptError, type QueueJob, type QueueJobState } from '../../../shared/contract';
import type { Emit } from '../../kernel/createWriter';
import type { Db } from '../../kernel/db/openDatabase';
import { toQueueJob, type QueueJobRow, type QueueRows } from './queueRows';

export interface NewQueueJob {
  orgId: string;
  queue: string;
  worker: string;
  args: Record<string, unknown>;
  argsKey: string;
  priority: number;
  maxAttempts: number;
  timeoutMs: number | null;
  scheduledMs: number;
  enqueuedBy: string;
  backoff: string | null;
}

const iso = (ms: number) => new Date(ms).toISOString();

export function createQueueWrites(db: Db, rows: QueueRows) {
  const insert = db.prepare(
    `INSERT INTO queue_jobs (org_id, queue, worker, args, args_key, state, priority, max_attempts, timeout_ms, inserted_at, inserted_ms, scheduled_ms, enqueued_by, backoff)
     VALUES (@orgId, @queue, @worker, @args, @argsKey, @state, @priority, @maxAttempts, @timeoutMs, @insertedAt, @insertedMs, @scheduledMs, @enqueuedBy, @backoff)
     RETURNING *`,
  );
  const findUnique = db.prepare<[string, string, string, number], QueueJobRow>(
    "SELECT * FROM queue_jobs WHERE worker = ? AND args_key = ? AND org_id = ? AND inserted_ms >= ? AND state NOT IN ('cancelled', 'discarded') ORDER BY id DESC LIMIT 1",
  );
  // RETURNING hands back the row as written: the hot path (claim, complete) reads nothing twice.
  const claim = db.prepare<[string, number], QueueJobRow>(
    "UPDATE queue_jobs SET state = 'executing', attempt = attempt + 1, attempted_at = ?, progress = NULL, progress_note = NULL WHERE id = ? AND state = 'available' RETURNING *",
  );
  const finish = db.prepare<[QueueJobState, number, number]>('UPDATE queue_jobs SET state = ?, finished_ms = ? WHERE id = ?');
  const completeReturning = db.prepare<[number, number], QueueJobRow>("UPDATE queue_jobs SET state = 'completed', finished_ms = ? WHERE id = ? RETURNING *");
  const failTo = db.prepare<[QueueJobState, number, number | null, string, number]>(
    'UPDATE queue_jobs SET state = ?, scheduled_ms = ?, finished_ms = ?, errors = ? WHERE id = ?',
  );
  const requestCancel = db.prepare<[number]>('UPDATE queue_jobs SET cancel_requested = 1 WHERE id = ?');
  const dueIds = db.prepare<[number], { id: number }>(
    "SELECT id FROM queue_jobs WHERE state IN ('scheduled', 'retryable') AND scheduled_ms <= ? ORDER BY scheduled_ms, id LIMIT 1000",
  );
  const makeAvailable = db.prepare<[number]>("UPDATE queue_jobs SET state = 'available' WHERE id = ?");
  const retry = db.prepare<[number, number]>(
    "UPDATE queue_jobs SET state = 'available', scheduled_ms = ?, finished_ms = NULL, cancel_requested = 0, max_attempts = max(max_attempts, attempt + 1) WHERE id = ?",
  );
  const progress = db.prepare<[number, string | null, number]>('UPDATE queue_jobs SET progress = ?, progress_note = ? WHERE id = ?');
  const remove = db.prepare<[number]>('DELETE FROM queue_jobs WHERE id = ?');
  const expired = db.prepare<[number, number], QueueJobRow>(
    "SELECT * FROM queue_jobs WHERE finished_ms < ? AND state IN ('completed', 'discarded', 'cancelled') ORDER BY finished_ms LIMIT ?",
  );
  const executing = db.prepare<[], QueueJobRow>("SELECT * FROM queue_jobs WHERE state = 'executing'");

  /** Emits the job as it now is (read again, or as RETURNING gave it), with the state it left. */
  function changed(emit: Emit, id: number, from: QueueJobState | null, row?: QueueJobRow): QueueJob {
    const job = row ? toQueueJob(row) : rows.job(id)!;
    emit(queueTopic.build({ org: job.orgId }), { type: 'queue_job_changed', payload: { job, from } });
    return job;
  }

  function appendError(row: QueueJobRow, error: string, atMs: number): string {
    const errors = JSON.parse(row.errors) as AttemptError[];
    errors.push({ attempt: row.attempt, at: iso(atMs), error });
    return JSON.stringify(errors);
  }

  return {
    insert(emit: Emit, job: NewQueueJob, nowMs: number): QueueJob {
      const state: QueueJobState = job.scheduledMs > nowMs ? 'scheduled' : 'available';
      const row = insert.get({ ...job, args: JSON.stringify(job.args), state, insertedAt: iso(nowMs), insertedMs: nowMs }) as QueueJobRow;
      return changed(emit, row.id, null, row);
    },
    findUnique(job: NewQueueJob, sinceMs: number): QueueJob | undefined {
      const row = findUnique.get(job.worker, job.argsKey, job.orgId, sinceMs);
      return row && toQueueJob(row);
    },
    /** available → executing; jobs another claim took first are left out. */
    claim(emit: Emit, ids: readonly number[], nowMs: number): QueueJob[] {
      const claimed: QueueJob[] = [];
      for (const id of ids) {
        const row = claim.get(iso(nowMs), id);
        if (row) claimed.push(changed(emit, id, 'available', row));
      }
      return claimed;
    },
    complete: (emit: Emit, id: number, nowMs: number) => changed(emit, id, 'executing', completeReturning.get(nowMs, id)),
    cancelled(emit: Emit, id: number, nowMs: number): QueueJob {
      const from = rows.row(id)!.state;
      finish.run('cancelled', nowMs, id);
      return changed(emit, id, from);
    },
    /** The attempt failed: `retryAtMs` schedules the next, null discards the job. */
    fail(emit: Emit, id: number, error: string, retryAtMs: number | null, nowMs: number): QueueJob {
      const row = rows.row(id)!;
      const errors = appendError(row, error, nowMs);
      if (retryAtMs === null) failTo.run('discarded', row.scheduled_ms, nowMs, errors, id);
      else failTo.run('retryable', retryAtMs, null, errors, id);
      return changed(emit, id, row.state);
    },
    requestCancel: (emit: Emit, id: number) => (requestCancel.run(id), changed(emit, id, 'executing')),
    /** Scheduled and retryable jobs whose time came become available. */
    stage(emit: Emit, nowMs: number): number {
      const due = dueIds.all(nowMs);
      for (const { id } of due) {
        const from = rows.row(id)!.state;
        makeAvailable.run(id);
        changed(emit, id, from);
      }
      return due.length;
    },
    retry(emit: Emit, id: number, nowMs: number): QueueJob {
      const from = rows.row(id)!.state;
      retry.run(nowMs, id);
      return changed(emit, id, from);
    },
    progress: (emit: Emit, id: number, fraction: number, note: string | null) => (progress.run(fraction, note, id), changed(emit, id, 'executing')),
    remove(emit: Emit, job: QueueJob): void {
      remove.run(job.id);
      emit(queueTopic.build({ org: job.orgId }), { type: 'queue_jobs_removed', payload: { jobs: [{ id: job.id, queue: job.queue, state: job.state }] } });
    },
    /** Removes finished jobs that ended before `beforeMs`, one event per organization. */
    prune(emit: Emit, beforeMs: number, limit: number): number {
      const rowsToGo = expired.all(beforeMs, limit);
      const byOrg = new Map<string, { id: number; queue: string; state: QueueJobState }[]>();
      for (const row of rowsToGo) {
        remove.run(row.id);
        (byOrg.get(row.org_id) ?? byOrg.set(row.org_id, []).get(row.org_id)!).push({ id: row.id, queue: row.queue, state: row.state });
      }
      for (const [org, jobs] of byOrg) emit(queueTopic.build({ org }), { type: 'queue_jobs_removed', payload: { jobs } });
      return rowsToGo.length;
    },
    /** Jobs left executing by a host that died: each attempt failed (or was cancelled, if that was asked). */
    rescue(emit: Emit, nowMs: number): number {
      const orphans = executing.all();
      for (const row of orphans) {
        if (row.cancel_requested === 1) {
          finish.run('cancelled', nowMs, row.id);
        } else {
          const errors = appendError(row, `the host stopped while attempt ${row.attempt} ran`, nowMs);
          const retryable = row.attempt < row.max_attempts;
          failTo.run(retryable ? 'available' : 'discarded', nowMs, retryable ? null : nowMs, errors, row.id);
        }
        changed(emit, row.id, 'executing');
      }
      return orphans.length;
    },
  };
}

export type QueueWrites = ReturnType<typeof createQueueWrites>;
