/**
 * The queue context's own rules on a bare kernel: what an enqueued job carries (its worker's defaults, clamped
 * options, its time), unique jobs, the commands and views with their refusals, and the start-up rescue.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { QueueDashboard, QueueJob } from '../../../../src/shared/contract';
import { DiscardJob } from '../../../../src/main/contexts/queue';
import { alice, by, carol, queueHarness, type QueueHarness } from './queueHarness';

let h: QueueHarness;
beforeEach(() => {
  h = queueHarness();
});
afterEach(() => {
  h.dispose();
  expect(h.kernel.bus.subscriberCount()).toBe(0);
});

const idle = async () => undefined;

describe('enqueue', () => {
  it('stores its worker’s defaults, or the built-in ones, and who enqueued it', () => {
    const queue = h.start({ autostart: false });
    queue.define({ name: 't.plain', queue: 'q', perform: idle });
    queue.define({ name: 't.tuned', queue: 'q', priority: 2, maxAttempts: 7, timeoutMs: 500, perform: idle });
    const before = Date.now();
    const plain = queue.enqueue({ orgId: 'acme', worker: 't.plain', args: { a: 1 }, by }).job;
    expect(plain).toMatchObject({
      orgId: 'acme',
      queue: 'q',
      worker: 't.plain',
      args: { a: 1 },
      state: 'available',
      priority: 5,
      attempt: 0,
      maxAttempts: 3,
      timeoutMs: null,
      enqueuedBy: 'system:test',
      errors: [],
      progress: null,
      cancelRequested: false,
      attemptedAt: null,
      finishedAt: null,
    });
    expect(Date.parse(plain.insertedAt)).toBeGreaterThanOrEqual(before);
    expect(plain.scheduledAt).toBe(plain.insertedAt);
    const tuned = queue.enqueue({ orgId: 'acme', worker: 't.tuned', args: {}, by: alice.ref }).job;
    expect(tuned).toMatchObject({ priority: 2, maxAttempts: 7, timeoutMs: 500, enqueuedBy: 'user:alice' });
  });

  it('takes the job’s options over its worker’s, priority clamped to 0..9 and at least one attempt', () => {
    const queue = h.start({ autostart: false });
    queue.define({ name: 't.tuned', queue: 'q', priority: 2, maxAttempts: 7, timeoutMs: 500, perform: idle });
    const job = (options: object) => queue.enqueue({ orgId: 'acme', worker: 't.tuned', args: {}, by, options }).job;
    expect(job({ priority: 8, maxAttempts: 2, timeoutMs: 40 })).toMatchObject({ priority: 8, maxAttempts: 2, timeoutMs: 40 });
    expect(job({ priority: 12, maxAttempts: 0 })).toMatchObject({ priority: 9, maxAttempts: 1 });
    expect(job({ priority: -3, maxAttempts: -1 })).toMatchObject({ priority: 0, maxAttempts: 1 });
  });

  it('schedules a job at its time (ISO or epoch ms) or after its delay, and refuses a time that is none', () => {
    const queue = h.start({ autostart: false });
    queue.define({ name: 't.later', queue: 'q', perform: idle });
    const enqueue = (options: object) => queue.enqueue({ orgId: 'acme', worker: 't.later', args: {}, by, options }).job;
    const future = Date.now() + 3_600_000;
    expect(enqueue({ runAt: new Date(future).toISOString() })).toMatchObject({ state: 'scheduled', scheduledAt: new Date(future).toISOString() });
    expect(enqueue({ runAt: future + 1 })).toMatchObject({ state: 'scheduled', scheduledAt: new Date(future + 1).toISOString() });
    expect(enqueue({ runAt: '2020-01-01T00:00:00.000Z' })).toMatchObject({ state: 'available', scheduledAt: '2020-01-01T00:00:00.000Z' });
    const before = Date.now();
    const delayed = enqueue({ runInMs: 60_000 });
    expect(delayed.state).toBe('scheduled');
    expect(Date.parse(delayed.scheduledAt) - Date.parse(delayed.insertedAt)).toBe(60_000);
    expect(Date.parse(delayed.insertedAt)).toBeGreaterThanOrEqual(before);
    expect(() => enqueue({ runAt: 'tomorrow-ish' })).toThrow('queue: runAt tomorrow-ish is not a time');
    expect(() => queue.enqueue({ orgId: 'acme', worker: 't.nobody', args: {}, by })).toThrow('queue: no worker named t.nobody is defined');
  });

  it('a unique job is one per worker and canonical args, not counting cancelled ones', () => {
    const queue = h.start({ autostart: false });
    queue.define({ name: 't.u', queue: 'q', perform: idle });
    queue.define({ name: 't.v', queue: 'q', perform: idle });
    const unique = (args: Record<string, unknown>, worker = 't.u') => queue.enqueue({ orgId: 'acme', worker, args, by, options: { unique: { periodMs: 60_000 } } });
    const first = unique({ c: 1, a: { y: [1, 2], x: 'v' }, b: null });
    expect(first.duplicate).toBe(false);
    expect(unique({ b: null, c: 1, a: { x: 'v', y: [1, 2] } })).toEqual({ job: first.job, duplicate: true });
    expect(unique({ a: { x: 'v', y: [1, 2] }, b: null, c: 1 }).duplicate).toBe(true);
    // Arrays keep their order and their elements apart; other values and another worker are other jobs.
    expect(unique({ c: 1, a: { y: [2, 1], x: 'v' }, b: null }).duplicate).toBe(false);
    expect(unique({ c: 1, a: { y: [12], x: 'v' }, b: null }).duplicate).toBe(false);
    expect(unique({ c: 1, a: { y: [1, 2], x: 'v' }, b: 0 }).duplicate).toBe(false);
    expect(unique({ c: 1, a: { y: [1, 2], x: 'v' }, b: null }, 't.v').duplicate).toBe(false);
    // A value JSON has no word for counts as null.
    expect(unique({ c: 1, a: { y: [1, 2], x: 'v' }, b: undefined }).duplicate).toBe(true);
    // Without `unique` an equal job is another one.
    expect(queue.enqueue({ orgId: 'acme', worker: 't.u', args: { n: 1 }, by }).job.id).not.toBe(queue.enqueue({ orgId: 'acme', worker: 't.u', args: { n: 1 }, by }).job.id);
    queue.cancel(by, first.job.id);
    const again = unique({ c: 1, a: { y: [1, 2], x: 'v' }, b: null });
    expect(again.duplicate).toBe(false);
    expect(again.job.id).not.toBe(first.job.id);
  });

  it('a unique job’s period counts back from now', () => {
    const queue = h.start({ autostart: false });
    queue.define({ name: 't.u', queue: 'q', perform: idle });
    const first = queue.enqueue({ orgId: 'acme', worker: 't.u', args: {}, by }).job;
    h.kernel.db.prepare('UPDATE queue_jobs SET inserted_ms = inserted_ms - 10000 WHERE id = ?').run(first.id);
    expect(queue.enqueue({ orgId: 'acme', worker: 't.u', args: {}, by, options: { unique: { periodMs: 5_000 } } }).duplicate).toBe(false);
    expect(queue.enqueue({ orgId: 'acme', worker: 't.u', args: {}, by, options: { unique: { periodMs: 60_000 } } }).duplicate).toBe(true);
  });

  it('names its discard error', () => {
    expect(new DiscardJob('bad input')).toMatchObject({ name: 'DiscardJob', message: 'bad input' });
  });

  it('a worker name is defined once; its disposal takes it away', () => {
    const queue = h.start({ autostart: false });
    const definition = queue.define({ name: 't.once', queue: 'q', perform: idle });
    expect(() => queue.define({ name: 't.once', queue: 'q', perform: idle })).toThrow('queue: a worker named t.once is already defined');
    definition.dispose();
    expect(() => queue.enqueue({ orgId: 'acme', worker: 't.once', args: {}, by })).toThrow(/no worker named t\.once/);
    queue.define({ name: 't.once', queue: 'q', perform: idle }).dispose();
  });

  it('enqueueIn commits with the caller’s write: a rolled-back write leaves no job', () => {
    const queue = h.start({ autostart: false });
    queue.define({ name: 't.in', queue: 'q', perform: idle });
    expect(() =>
      h.kernel.write(by, (emit) => {
        queue.enqueueIn(emit, { orgId: 'acme', worker: 't.in', args: {}, by });
        throw new Error('the caller fails');
      }),
    ).toThrow('the caller fails');
    expect(h.changes()).toEqual([]);
    const { job } = h.kernel.write(by, (emit) => queue.enqueueIn(emit, { orgId: 'acme', worker: 't.in', args: {}, by }));
    expect(queue.job(job.id)?.state).toBe('available');
  });
});

describe('commands and views', () => {
  const code = async (promise: Promise<unknown>) => promise.then(() => 'ok', (error: { code: string }) => error.code);

  it('retries a failed or ended job with one more attempt allowed, and refuses one that is waiting or running', async () => {
    const queue = h.start({ autostart: false });
    queue.define({ name: 't.r', queue: 'q', maxAttempts: 1, perform: idle });
    const waiting = queue.enqueue({ orgId: 'acme', worker: 't.r', args: {}, by }).job;
    await expect(h.run('queue.retry', { id: waiting.id })).rejects.toThrow(`Queue job ${waiting.id} is available; it can be retried once it fails or ends`);
    h.kernel.db.prepare("UPDATE queue_jobs SET state = 'executing', attempt = 1 WHERE id = ?").run(waiting.id);
    expect(await code(h.run('queue.retry', { id: waiting.id }))).toBe('CONFLICT');
    h.kernel.db.prepare("UPDATE queue_jobs SET state = 'discarded', finished_ms = 5, cancel_requested = 1 WHERE id = ?").run(waiting.id);
    expect(await code(h.run('queue.retry', { id: waiting.id }, carol))).toBe('NOT_FOUND');
    const retried = await h.run<QueueJob>('queue.retry', { id: waiting.id });
    expect(retried).toMatchObject({ state: 'available', attempt: 1, maxAttempts: 2, finishedAt: null, cancelRequested: false });
    expect(h.changes().at(-1)).toMatchObject({ from: 'discarded', job: { id: waiting.id, state: 'available' } });
    expect(h.events().at(-1)?.actor).toEqual(alice.ref);
    await queue.idle();
    expect(queue.job(waiting.id)).toMatchObject({ state: 'completed', attempt: 2 });
  });

  it('cancels a waiting job; refuses an ended one, and another organization’s or an unknown one is not found', async () => {
    const queue = h.start({ autostart: false });
    queue.define({ name: 't.c', queue: 'q', perform: idle });
    const job = queue.enqueue({ orgId: 'acme', worker: 't.c', args: {}, by, options: { runInMs: 60_000 } }).job;
    expect(await code(h.run('queue.cancel', { id: job.id }, carol))).toBe('NOT_FOUND');
    expect(() => queue.cancel(by, 999)).toThrow('No queue job 999');
    expect(await h.run<QueueJob>('queue.cancel', { id: job.id })).toMatchObject({ state: 'cancelled', cancelRequested: false });
    expect(h.changes().at(-1)?.from).toBe('scheduled');
    expect(queue.job(job.id)?.finishedAt).not.toBeNull();
    for (const state of ['completed', 'discarded', 'cancelled']) {
      h.kernel.db.prepare('UPDATE queue_jobs SET state = ? WHERE id = ?').run(state, job.id);
      expect(() => queue.cancel(by, job.id)).toThrow(`Queue job ${job.id} already ended (${state})`);
    }
    h.kernel.db.prepare("UPDATE queue_jobs SET state = 'retryable' WHERE id = ?").run(job.id);
    expect(queue.cancel(by, job.id).state).toBe('cancelled');
  });

  it('cancels a job left executing by no handler here at once', () => {
    const queue = h.start({ autostart: false });
    queue.define({ name: 't.c', queue: 'q', perform: idle });
    const job = queue.enqueue({ orgId: 'acme', worker: 't.c', args: {}, by }).job;
    h.kernel.db.prepare("UPDATE queue_jobs SET state = 'executing' WHERE id = ?").run(job.id);
    expect(queue.cancel(by, job.id)).toMatchObject({ state: 'cancelled', cancelRequested: false });
  });

  it('deletes a job that is not running, saying so on the topic; a running one is refused', async () => {
    const queue = h.start({ autostart: false });
    queue.define({ name: 't.d', queue: 'q', perform: idle });
    const job = queue.enqueue({ orgId: 'acme', worker: 't.d', args: {}, by }).job;
    expect(await code(h.run('queue.delete', { id: job.id }, carol))).toBe('NOT_FOUND');
    h.kernel.db.prepare("UPDATE queue_jobs SET state = 'executing' WHERE id = ?").run(job.id);
    expect(await code(h.run('queue.delete', { id: job.id }))).toBe('CONFLICT');
    await expect(h.run('queue.delete', { id: job.id })).rejects.toThrow(`Queue job ${job.id} is running; cancel it first`);
    h.kernel.db.prepare("UPDATE queue_jobs SET state = 'retryable' WHERE id = ?").run(job.id);
    expect(await h.run('queue.delete', { id: job.id })).toEqual({ id: job.id });
    expect(queue.job(job.id)).toBeUndefined();
    expect(h.events('queue_jobs_removed').map((e) => [e.payload, e.actor])).toEqual([[{ jobs: [{ id: job.id, queue: 'q', state: 'retryable' }] }, alice.ref]]);
  });

  it('pauses and resumes a queue for one organization, with each queue’s concurrency', async () => {
    const queue = h.start({ autostart: false, queues: { narrow: 2 }, defaultConcurrency: 4 });
    queue.define({ name: 't.n', queue: 'narrow', perform: idle });
    queue.define({ name: 't.w', queue: 'wide', perform: idle });
    expect(await h.run('queue.pause', { queue: 'narrow' })).toEqual({ name: 'narrow', concurrency: 2, paused: true });
    expect(await h.run('queue.pause', { queue: 'narrow' })).toEqual({ name: 'narrow', concurrency: 2, paused: true });
    expect(await h.run('queue.pause', { queue: 'wide' }, carol)).toEqual({ name: 'wide', concurrency: 4, paused: true });
    expect(h.events('queue_changed').map((e) => e.payload)).toEqual([
      { queue: { name: 'narrow', concurrency: 2, paused: true } },
      { queue: { name: 'narrow', concurrency: 2, paused: true } },
    ]);
    expect(h.load<QueueDashboard>('queue.dashboard', {}).queues).toEqual([
      { name: 'narrow', concurrency: 2, paused: true },
      { name: 'wide', concurrency: 4, paused: false },
    ]);
    expect(await h.run('queue.resume', { queue: 'narrow' })).toEqual({ name: 'narrow', concurrency: 2, paused: false });
    expect(h.events('queue_changed').at(-1)?.payload).toEqual({ queue: { name: 'narrow', concurrency: 2, paused: false } });
    expect(h.load<QueueDashboard>('queue.dashboard', {}, carol).queues).toEqual([
      { name: 'narrow', concurrency: 2, paused: false },
      { name: 'wide', concurrency: 4, paused: true },
    ]);
  });

  it('the dashboard shows the organization’s queues (defined or with jobs), counts, jobs and throughput', async () => {
    const queue = h.start({ autostart: false });
    queue.define({ name: 't.b', queue: 'beta', perform: idle });
    queue.define({ name: 't.a', queue: 'alpha', perform: idle });
    const done = queue.enqueue({ orgId: 'acme', worker: 't.a', args: { n: 1 }, by }).job;
    const waiting = queue.enqueue({ orgId: 'acme', worker: 't.a', args: { n: 2 }, by, options: { runInMs: 60_000 } }).job;
    queue.enqueue({ orgId: 'globex', worker: 't.b', args: {}, by });
    h.kernel.db.prepare("INSERT INTO queue_jobs (org_id, queue, worker, args, args_key, state, priority, max_attempts, inserted_at, inserted_ms, scheduled_ms, enqueued_by) VALUES ('acme', 'old', 'gone', '{}', '{}', 'discarded', 5, 1, '', 0, 0, 'x')").run();
    await queue.idle();
    const dashboard = h.load<QueueDashboard>('queue.dashboard', {});
    expect(dashboard.queues.map((q) => q.name)).toEqual(['alpha', 'beta', 'old']);
    expect(dashboard.counts).toEqual({ alpha: { completed: 1, scheduled: 1 }, old: { discarded: 1 } });
    expect(dashboard.jobs.map((j) => j.id)).toEqual([waiting.id, done.id, expect.any(Number)]);
    const second = Math.floor(Date.parse(queue.job(done.id)!.finishedAt!) / 1000);
    expect(dashboard.throughput).toEqual([{ at: second, completed: 1, failed: 0 }]);
    // Seconds with failures only come in order too; nothing older than the window counts.
    const addJob = h.kernel.db.prepare<[string, number | null, string]>(
      "INSERT INTO queue_jobs (org_id, queue, worker, args, args_key, state, priority, max_attempts, inserted_at, inserted_ms, scheduled_ms, enqueued_by, finished_ms, errors) VALUES ('acme', 'alpha', 't.a', '{}', '{}', ?, 5, 3, '', 0, 0, 'x', ?, ?)",
    );
    const iso = (s: number) => new Date(s * 1000).toISOString();
    addJob.run('completed', (second - 60) * 1000, '[]');
    addJob.run('completed', (second - 60) * 1000 + 500, JSON.stringify([{ attempt: 1, at: iso(second - 90), error: 'x' }]));
    addJob.run('retryable', null, JSON.stringify([{ attempt: 1, at: iso(second - 90), error: 'x' }, { attempt: 2, at: iso(second - 30), error: 'y' }]));
    addJob.run('completed', (second - 600) * 1000, JSON.stringify([{ attempt: 1, at: iso(second - 601), error: 'old' }]));
    expect(h.load<QueueDashboard>('queue.dashboard', {}).throughput).toEqual([
      { at: second - 90, completed: 0, failed: 2 },
      { at: second - 60, completed: 2, failed: 0 },
      { at: second - 30, completed: 0, failed: 1 },
      { at: second, completed: 1, failed: 0 },
    ]);
    expect(h.load('queue.job', { id: done.id })).toEqual(queue.job(done.id));
    expect(() => h.load('queue.job', { id: done.id }, carol)).toThrow(`No queue job ${done.id} in this organization`);
  });

  it('lets an organization follow its own queue topic only', () => {
    h.start({ autostart: false });
    expect(h.kernel.registry.authorize(alice, 'queue:updates:acme')).toBe('queue:updates:acme');
    expect(() => h.kernel.registry.authorize(alice, 'queue:updates:globex')).toThrow();
  });
});

describe('start-up rescue', () => {
  it('counts the attempt a stopped host was running as failed: again if attempts are left, else discarded; cancelled if asked', () => {
    const queue = h.start({ autostart: false });
    queue.define({ name: 't.x', queue: 'q', maxAttempts: 2, perform: idle });
    const again = queue.enqueue({ orgId: 'acme', worker: 't.x', args: { n: 1 }, by }).job;
    const last = queue.enqueue({ orgId: 'acme', worker: 't.x', args: { n: 2 }, by }).job;
    const asked = queue.enqueue({ orgId: 'acme', worker: 't.x', args: { n: 3 }, by }).job;
    const waiting = queue.enqueue({ orgId: 'acme', worker: 't.x', args: { n: 4 }, by }).job;
    const set = h.kernel.db.prepare<[number, number, number]>("UPDATE queue_jobs SET state = 'executing', attempt = ?, cancel_requested = ? WHERE id = ?");
    set.run(1, 0, again.id);
    set.run(2, 0, last.id);
    set.run(1, 1, asked.id);
    h.stop();
    const before = Date.now();
    const restarted = h.start({ autostart: false });
    expect(restarted.job(again.id)).toMatchObject({ state: 'available', finishedAt: null, errors: [{ attempt: 1, error: 'the host stopped while attempt 1 ran' }] });
    expect(Date.parse(restarted.job(again.id)!.scheduledAt)).toBeGreaterThanOrEqual(before);
    expect(restarted.job(last.id)).toMatchObject({ state: 'discarded', errors: [{ attempt: 2, error: 'the host stopped while attempt 2 ran' }] });
    expect(Date.parse(restarted.job(last.id)!.finishedAt!)).toBeGreaterThanOrEqual(before);
    expect(restarted.job(asked.id)).toMatchObject({ state: 'cancelled', errors: [] });
    expect(restarted.job(waiting.id)?.state).toBe('available');
    const rescued = h.events().filter((e) => e.actor.id === 'queue');
    expect(rescued.map((e) => [(e.payload as { job: QueueJob }).job.id, (e.payload as { from: string }).from])).toEqual([
      [again.id, 'executing'],
      [last.id, 'executing'],
      [asked.id, 'executing'],
    ]);
  });

  it('prunes only finished jobs past the retention period, one event per organization', () => {
    const queue = h.start({ autostart: false, retentionMs: 60_000 });
    queue.define({ name: 't.p', queue: 'q', perform: idle });
    const ids = ['acme', 'acme', 'globex', 'acme'].map((orgId) => queue.enqueue({ orgId, worker: 't.p', args: {}, by }).job.id);
    const end = h.kernel.db.prepare<[string, number, number]>('UPDATE queue_jobs SET state = ?, finished_ms = ? WHERE id = ?');
    const old = Date.now() - 120_000;
    end.run('completed', old, ids[0]!);
    end.run('cancelled', old + 1, ids[1]!);
    end.run('discarded', old, ids[2]!);
    end.run('completed', Date.now(), ids[3]!);
    expect(queue.prune()).toBe(3);
    expect(ids.map((id) => queue.job(id)?.id)).toEqual([undefined, undefined, undefined, ids[3]]);
    expect(h.events('queue_jobs_removed').map((e) => e.payload)).toEqual([
      {
        jobs: [
          { id: ids[0], queue: 'q', state: 'completed' },
          { id: ids[1], queue: 'q', state: 'cancelled' },
        ],
      },
    ]);
    expect(h.events('queue_jobs_removed')[0]?.actor).toEqual({ kind: 'system', id: 'queue' });
    expect(queue.prune()).toBe(0);
  });

  it('prunes on its own every quarter of the retention period, at least every second and at most every minute', () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      const queue = h.start({ autostart: false, retentionMs: 8_000 });
      queue.define({ name: 't.p', queue: 'q', perform: idle });
      const end = h.kernel.db.prepare<[number, number]>("UPDATE queue_jobs SET state = 'completed', finished_ms = ? WHERE id = ?");
      const job = queue.enqueue({ orgId: 'acme', worker: 't.p', args: {}, by }).job;
      end.run(Date.now() - 60_000, job.id);
      vi.advanceTimersByTime(1_999);
      expect(queue.job(job.id)).toBeDefined();
      vi.advanceTimersByTime(1);
      expect(queue.job(job.id)).toBeUndefined();
      h.stop();
      const brief = h.start({ autostart: false, retentionMs: 100 });
      brief.define({ name: 't.p', queue: 'q', perform: idle });
      const second = brief.enqueue({ orgId: 'acme', worker: 't.p', args: {}, by }).job;
      end.run(Date.now() - 60_000, second.id);
      vi.advanceTimersByTime(999);
      expect(brief.job(second.id)).toBeDefined();
      vi.advanceTimersByTime(1);
      expect(brief.job(second.id)).toBeUndefined();
      h.stop();
      const long = h.start({ autostart: false });
      long.define({ name: 't.p', queue: 'q', perform: idle });
      const third = long.enqueue({ orgId: 'acme', worker: 't.p', args: {}, by }).job;
      end.run(Date.now() - 48 * 3_600_000, third.id);
      vi.advanceTimersByTime(59_999);
      expect(long.job(third.id)).toBeDefined();
      vi.advanceTimersByTime(1);
      expect(long.job(third.id)).toBeUndefined();
    } finally {
      vi.useRealTimers();
    }
  });
});
