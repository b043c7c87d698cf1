/**
 * The dispatcher through the queue context: what a worker's hooks are told, the failure words, progress, a handler
 * that outlives its timeout, a job that vanished while it ran, jobs of workers no longer defined, and shutdown.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { QueueJob } from '../../../../src/shared/contract';
import { DiscardJob } from '../../../../src/main/contexts/queue';
import { waitFor } from '../../../support/waitFor';
import { by, queueHarness, type QueueHarness } from './queueHarness';

let h: QueueHarness;
beforeEach(() => {
  h = queueHarness();
});
afterEach(() => h.dispose());

const turns = async (n = 5) => {
  for (let i = 0; i < n; i++) await new Promise((resolve) => setImmediate(resolve));
};
const noBackoff = { baseMs: 0, jitter: 0 };

describe('queue dispatcher', () => {
  it('tells the hooks the recorded job, the result, the error and whether another attempt follows', async () => {
    const queue = h.start();
    const told: unknown[] = [];
    let calls = 0;
    queue.define({
      name: 't.hooks',
      queue: 'q',
      maxAttempts: 2,
      backoff: noBackoff,
      perform: async (args) => {
        if (args.fail === true) throw new Error(`boom ${++calls}`);
        return { doubled: Number(args.n) * 2 };
      },
      onCompleted: (_emit, job, result) => told.push(['completed', job.state, job.attempt, result]),
      onFailed: (_emit, job, error, willRetry) => told.push(['failed', job.state, job.attempt, error, willRetry]),
    });
    queue.enqueue({ orgId: 'acme', worker: 't.hooks', args: { n: 21 }, by });
    await queue.idle();
    const failing = queue.enqueue({ orgId: 'acme', worker: 't.hooks', args: { fail: true }, by }).job;
    await waitFor(() => queue.job(failing.id)?.state === 'discarded', 'the failing job to be discarded');
    expect(told).toEqual([
      ['completed', 'completed', 1, { doubled: 42 }],
      ['failed', 'retryable', 1, 'boom 1', true],
      ['failed', 'discarded', 2, 'boom 2', false],
    ]);
    expect(queue.job(failing.id)?.finishedAt).not.toBeNull();
  });

  it('discards at once on DiscardJob, and words a failure without a message', async () => {
    const queue = h.start();
    const errors: [string, boolean][] = [];
    queue.define({
      name: 't.words',
      queue: 'q',
      maxAttempts: 5,
      backoff: { baseMs: 60_000 },
      perform: (args) => {
        if (args.kind === 'discard') throw new DiscardJob('bad input');
        if (args.kind === 'string') return Promise.reject('a plain string');
        return Promise.reject(new Error(''));
      },
      onFailed: (_emit, _job, error, willRetry) => errors.push([error, willRetry]),
    });
    const ids = ['discard', 'string', 'empty'].map((kind) => queue.enqueue({ orgId: 'acme', worker: 't.words', args: { kind }, by }).job.id);
    await queue.idle();
    expect(ids.map((id) => [queue.job(id)?.state, queue.job(id)?.errors.map((e) => e.error)])).toEqual([
      ['discarded', ['bad input']],
      ['retryable', ['a plain string']],
      ['retryable', ['failed without a message']],
    ]);
    expect(errors).toEqual([
      ['bad input', false],
      ['a plain string', true],
      ['failed without a message', true],
    ]);
    const retryable = queue.job(ids[1]!)!;
    expect(Date.parse(retryable.scheduledAt) - Date.parse(retryable.errors[0]!.at)).toBeGreaterThanOrEqual(48_000);
  });

  it('records an outcome whose hook throws alone, as a failure, and the others of its turn with their hooks', async () => {
    const queue = h.start({ queues: { q: 2 } });
    const failedHooks: number[] = [];
    queue.define({
      name: 't.hooked',
      queue: 'q',
      maxAttempts: 1,
      perform: async (args) => args,
      onCompleted: (emit, job) => {
        emit('queue:updates:acme', { type: 'queue_changed', payload: { queue: { name: `hooked ${job.id}`, concurrency: 0, paused: false } } });
        if (job.args.breaks === true) throw new Error('hook broke');
      },
      onFailed: (_emit, job) => void failedHooks.push(job.id),
    });
    const good = queue.enqueue({ orgId: 'acme', worker: 't.hooked', args: { breaks: false }, by }).job;
    const bad = queue.enqueue({ orgId: 'acme', worker: 't.hooked', args: { breaks: true }, by }).job;
    // Waiting for its slot: claimed in the same turn as the failed batch is recorded alone, with no other wake-up.
    const next = queue.enqueue({ orgId: 'acme', worker: 't.hooked', args: { breaks: false, n: 3 }, by }).job;
    await waitFor(() => queue.job(next.id)?.state === 'completed', 'the waiting job to run');
    expect(failedHooks).toEqual([]);
    // The hook's event commits with the outcome it was told of, once; the failed hook's rolled back with it.
    expect(h.events('queue_changed').map((e) => e.payload)).toEqual([
      { queue: { name: `hooked ${good.id}`, concurrency: 0, paused: false } },
      { queue: { name: `hooked ${next.id}`, concurrency: 0, paused: false } },
    ]);
    expect(queue.job(good.id)?.state).toBe('completed');
    expect(queue.job(bad.id)).toMatchObject({ state: 'discarded', errors: [{ attempt: 1, error: "the worker's hook failed: hook broke" }] });
  });

  it('tells the cancel hook, and ends a running job cancelled however its handler ends', async () => {
    const queue = h.start();
    const cancelled: string[] = [];
    let started = 0;
    queue.define({
      name: 't.cancel',
      queue: 'q',
      perform: (_args, { signal }) =>
        new Promise((resolve) => {
          started++;
          signal.addEventListener('abort', () => resolve(signal.reason));
        }),
      onCancelled: (_emit, job) => cancelled.push(job.state),
    });
    const job = queue.enqueue({ orgId: 'acme', worker: 't.cancel', args: {}, by }).job;
    await waitFor(() => started === 1, 'the job to start');
    expect(queue.cancel(by, job.id)).toMatchObject({ state: 'executing', cancelRequested: true });
    await waitFor(() => queue.job(job.id)?.state !== 'executing', 'the job to end');
    // The handler resolved (it did not throw): still a completion, since its outcome was not a failure.
    expect(queue.job(job.id)?.state).toBe('completed');
    expect(cancelled).toEqual([]);
  });

  it('ends a cancelled job whose handler throws as cancelled, with its hook', async () => {
    const queue = h.start();
    const cancelled: string[] = [];
    let started = 0;
    let reason: unknown;
    queue.define({
      name: 't.cancel',
      queue: 'q',
      perform: (_args, { signal }) =>
        new Promise((_resolve, reject) => {
          started++;
          signal.addEventListener('abort', () => reject(new Error(String((reason = signal.reason)))));
        }),
      onCancelled: (_emit, job) => cancelled.push(job.state),
    });
    const job = queue.enqueue({ orgId: 'acme', worker: 't.cancel', args: {}, by }).job;
    await waitFor(() => started === 1, 'the job to start');
    queue.cancel(by, job.id);
    await waitFor(() => queue.job(job.id)?.state === 'cancelled', 'the job to be cancelled');
    expect(reason).toBe('cancelled');
    expect(cancelled).toEqual(['cancelled']);
    expect(queue.job(job.id)?.errors).toEqual([]);
    expect(h.changes().at(-1)?.from).toBe('executing');
    // Its handler returned: retried, it runs again.
    await h.run('queue.retry', { id: job.id });
    await waitFor(() => started === 2, 'the retried job to start');
    queue.cancel(by, job.id);
  });

  it('saves progress clamped to 0..1 with its note, each report coalesced into the next save', async () => {
    const queue = h.start();
    let report: ((fraction: number, note?: string) => void) | undefined;
    let finish: (() => void) | undefined;
    queue.define({
      name: 't.progress',
      queue: 'q',
      perform: (_args, context) =>
        new Promise<void>((resolve) => {
          report = (fraction, note) => context.progress(fraction, note);
          finish = resolve;
        }),
    });
    const job = queue.enqueue({ orgId: 'acme', worker: 't.progress', args: {}, by }).job;
    await waitFor(() => report, 'the job to start');
    report!(0.2, 'first');
    report!(1.7, 'over');
    await waitFor(() => queue.job(job.id)?.progress !== null, 'the progress to be saved');
    expect(queue.job(job.id)).toMatchObject({ progress: 1, progressNote: 'over' });
    report!(-2);
    await waitFor(() => queue.job(job.id)?.progress === 0, 'the progress to be saved again');
    expect(queue.job(job.id)?.progressNote).toBeNull();
    finish!();
    await queue.idle();
    expect(queue.job(job.id)).toMatchObject({ state: 'completed', progress: 0, progressNote: null });
    expect(h.changes().map((c) => c.job.state)).toEqual(['available', 'executing', 'executing', 'executing', 'completed']);
  });

  it("saves each job's report once: a later save of another job's report does not repeat it", async () => {
    const queue = h.start();
    const reports = new Map<number, (fraction: number) => void>();
    const finishes: (() => void)[] = [];
    queue.define({
      name: 't.two',
      queue: 'q',
      perform: (_args, context) =>
        new Promise<void>((resolve) => {
          reports.set(context.job.id, (fraction) => context.progress(fraction));
          finishes.push(resolve);
        }),
    });
    const a = queue.enqueue({ orgId: 'acme', worker: 't.two', args: { n: 1 }, by }).job;
    const b = queue.enqueue({ orgId: 'acme', worker: 't.two', args: { n: 2 }, by }).job;
    await waitFor(() => reports.size === 2, 'both jobs to start');
    reports.get(a.id)!(0.5);
    await waitFor(() => queue.job(a.id)?.progress === 0.5, "a's progress to be saved");
    reports.get(b.id)!(0.25);
    await waitFor(() => queue.job(b.id)?.progress === 0.25, "b's progress to be saved");
    const saves = (id: number) => h.changes().filter((c) => c.job.id === id && c.job.progress !== null).length;
    expect([saves(a.id), saves(b.id)]).toEqual([1, 1]);
    finishes.forEach((finish) => finish());
    await queue.idle();
  });

  it('drops a report a timed-out attempt makes late, so it never lands on the next attempt', async () => {
    const queue = h.start();
    const attempts: { report: (fraction: number) => void; finish: () => void }[] = [];
    queue.define({
      name: 't.late',
      queue: 'q',
      maxAttempts: 2,
      // Longer than the progress save's delay (250 ms), so the second attempt is still running when a kept report would be saved.
      timeoutMs: 500,
      backoff: noBackoff,
      perform: (_args, context) => new Promise<void>((resolve) => attempts.push({ report: (f) => context.progress(f), finish: resolve })),
    });
    const job = queue.enqueue({ orgId: 'acme', worker: 't.late', args: {}, by }).job;
    await waitFor(() => queue.job(job.id)?.errors.length === 1, 'the first attempt to time out');
    attempts[0]!.report(0.9);
    attempts[0]!.finish();
    await waitFor(() => attempts.length === 2, 'the second attempt to start');
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(h.changes().filter((c) => c.job.progress !== null)).toEqual([]);
    attempts[1]!.finish();
    await queue.idle();
  });

  it('is not idle while a timed-out handler holds its due job back', async () => {
    const queue = h.start();
    const releases: (() => void)[] = [];
    queue.define({
      name: 't.held',
      queue: 'q',
      maxAttempts: 2,
      timeoutMs: 10,
      backoff: noBackoff,
      perform: () => new Promise<void>((resolve) => (releases.length === 0 ? releases.push(resolve) : resolve())),
    });
    const job = queue.enqueue({ orgId: 'acme', worker: 't.held', args: {}, by }).job;
    await waitFor(() => queue.job(job.id)?.errors.length === 1, 'the first attempt to time out');
    let idle = false;
    const waiting = queue.idle().then(() => (idle = true));
    await turns(20);
    expect(queue.job(job.id)?.state).toBe('available');
    expect(idle).toBe(false);
    releases[0]!();
    await waiting;
    expect(queue.job(job.id)).toMatchObject({ state: 'completed', attempt: 2 });
  });

  it('keeps a job whose handler outlived its timeout off the queue until the handler returns', async () => {
    const queue = h.start();
    const releases: (() => void)[] = [];
    let reason: unknown;
    queue.define({
      name: 't.stuck',
      queue: 'q',
      maxAttempts: 2,
      timeoutMs: 10,
      backoff: noBackoff,
      perform: (_args, { signal }) =>
        new Promise<void>((resolve) => {
          signal.addEventListener('abort', () => (reason = signal.reason));
          releases.push(resolve);
        }),
    });
    const job = queue.enqueue({ orgId: 'acme', worker: 't.stuck', args: {}, by }).job;
    await waitFor(() => queue.job(job.id)?.errors.length === 1, 'the first attempt to time out');
    await turns();
    expect(reason).toBe('timeout');
    expect(queue.job(job.id)).toMatchObject({ state: 'available', errors: [{ attempt: 1, error: 'timed out after 10 ms' }] });
    expect(releases).toHaveLength(1);
    releases[0]!();
    await waitFor(() => releases.length === 2, 'the second attempt to start');
    releases[1]!();
    await waitFor(() => queue.job(job.id)?.state !== 'executing', 'the second attempt to end');
  });

  it('runs the next job of a queue while a timed-out handler holds its own job back', async () => {
    const queue = h.start({ queues: { one: 1 } });
    let releaseStuck: (() => void) | undefined;
    queue.define({
      name: 't.stuck',
      queue: 'one',
      maxAttempts: 2,
      timeoutMs: 10,
      backoff: noBackoff,
      perform: () => new Promise<void>((resolve) => (releaseStuck ??= resolve)),
    });
    queue.define({ name: 't.quick', queue: 'one', perform: async () => 'done' });
    const stuck = queue.enqueue({ orgId: 'acme', worker: 't.stuck', args: {}, by }).job;
    await waitFor(() => queue.job(stuck.id)?.errors.length === 1, 'the first attempt to time out');
    const quick = queue.enqueue({ orgId: 'acme', worker: 't.quick', args: {}, by, options: { priority: 9 } }).job;
    await waitFor(() => queue.job(quick.id)?.state === 'completed', 'the other job to run meanwhile');
    expect(queue.job(stuck.id)?.state).toBe('available');
    // Waiting for its handler, it is not running: a cancel ends it at once.
    expect(queue.cancel(by, stuck.id).state).toBe('cancelled');
    releaseStuck!();
  });

  it('never runs more of a queue than its concurrency while one of its jobs runs long', async () => {
    const queue = h.start({ queues: { two: 2 } });
    let running = 0;
    let peak = 0;
    let releaseLong: (() => void) | undefined;
    queue.define({
      name: 't.mixed',
      queue: 'two',
      perform: async (args) => {
        peak = Math.max(peak, ++running);
        if (args.long === true) await new Promise<void>((resolve) => (releaseLong = resolve));
        else await turns(2);
        running--;
      },
    });
    queue.enqueue({ orgId: 'acme', worker: 't.mixed', args: { long: true }, by, options: { priority: 0 } });
    const short = Array.from({ length: 6 }, (_, i) => queue.enqueue({ orgId: 'acme', worker: 't.mixed', args: { i }, by }).job.id);
    await waitFor(() => short.every((id) => queue.job(id)?.state === 'completed'), 'the short jobs to run beside the long one');
    expect(peak).toBe(2);
    releaseLong!();
    await queue.idle();
  });

  it('runs nothing once stopped, even what was enqueued just before', async () => {
    const queue = h.start();
    let performed = false;
    queue.define({ name: 't.never', queue: 'q', perform: async () => void (performed = true) });
    const job = queue.enqueue({ orgId: 'acme', worker: 't.never', args: {}, by }).job;
    h.stop();
    await turns();
    expect(performed).toBe(false);
    expect(queue.job(job.id)?.state).toBe('available');
  });

  it('makes a scheduled job available once due, saying so, and runs it', async () => {
    const queue = h.start();
    queue.define({ name: 't.due', queue: 'q', perform: async () => undefined });
    const job = queue.enqueue({ orgId: 'acme', worker: 't.due', args: {}, by, options: { runInMs: 3_600_000 } }).job;
    h.kernel.db.prepare('UPDATE queue_jobs SET scheduled_ms = 0 WHERE id = ?').run(job.id);
    await queue.idle();
    expect(h.changes().map((c) => [c.from, c.job.state])).toEqual([
      [null, 'scheduled'],
      ['scheduled', 'available'],
      ['available', 'executing'],
      ['executing', 'completed'],
    ]);
  });

  it('without autostart runs nothing until asked (idle), not on enqueue nor on define', async () => {
    const queue = h.start({ autostart: false });
    let performed = 0;
    queue.define({ name: 't.a', queue: 'q', perform: async () => void performed++ });
    queue.enqueue({ orgId: 'acme', worker: 't.a', args: {}, by });
    queue.define({ name: 't.b', queue: 'q', perform: async () => undefined });
    await turns();
    expect(performed).toBe(0);
    await queue.idle();
    expect(performed).toBe(1);
  });

  it('a retried job runs again at once', async () => {
    const queue = h.start();
    let calls = 0;
    queue.define({
      name: 't.again',
      queue: 'q',
      maxAttempts: 1,
      perform: async () => {
        if (++calls === 1) throw new Error('first fails');
      },
    });
    const job = queue.enqueue({ orgId: 'acme', worker: 't.again', args: {}, by }).job;
    await waitFor(() => queue.job(job.id)?.state === 'discarded', 'the job to be discarded');
    await h.run('queue.retry', { id: job.id });
    await waitFor(() => queue.job(job.id)?.state === 'completed', 'the retried job to complete');
    expect(calls).toBe(2);
  });

  it('frees the slot of a job deleted while it ran', async () => {
    const queue = h.start({ queues: { one: 1 } });
    const order: number[] = [];
    let release: (() => void) | undefined;
    queue.define({
      name: 't.one',
      queue: 'one',
      perform: (args) =>
        new Promise<void>((resolve) => {
          order.push(Number(args.n));
          release = resolve;
        }),
    });
    const first = queue.enqueue({ orgId: 'acme', worker: 't.one', args: { n: 1 }, by }).job;
    const second = queue.enqueue({ orgId: 'acme', worker: 't.one', args: { n: 2 }, by }).job;
    await waitFor(() => release, 'the first job to start');
    h.kernel.db.prepare('DELETE FROM queue_jobs WHERE id = ?').run(first.id);
    release!();
    await waitFor(() => order.length === 2, 'the second job to start');
    release!();
    await waitFor(() => queue.job(second.id)?.state === 'completed', 'the second job to complete');
    expect(order).toEqual([1, 2]);
  });

  it('runs a queue’s jobs past those of a worker no longer defined, which wait for it', async () => {
    const queue = h.start({ queues: { one: 1 } });
    const gone = queue.define({ name: 't.gone', queue: 'one', priority: 0, perform: async () => undefined });
    const orphan = queue.enqueue({ orgId: 'acme', worker: 't.gone', args: {}, by, options: { runInMs: 60_000 } }).job;
    gone.dispose();
    h.kernel.db.prepare("UPDATE queue_jobs SET state = 'available' WHERE id = ?").run(orphan.id);
    queue.define({ name: 't.one', queue: 'one', perform: async () => undefined });
    queue.define({ name: 't.other', queue: 'other', perform: async () => undefined });
    const job = queue.enqueue({ orgId: 'acme', worker: 't.one', args: {}, by }).job;
    await waitFor(() => queue.job(job.id)?.state === 'completed', 'the defined worker’s job to complete');
    expect(queue.job(orphan.id)?.state).toBe('available');
    queue.define({ name: 't.gone', queue: 'one', perform: async () => undefined });
    await waitFor(() => queue.job(orphan.id)?.state === 'completed', 'the job to run once its worker is back');
  });

  it('on shutdown aborts running handlers and lets idle waiters go', async () => {
    const queue = h.start();
    let reason: unknown;
    queue.define({
      name: 't.forever',
      queue: 'q',
      perform: (_args, { signal }) => new Promise<void>(() => signal.addEventListener('abort', () => (reason = signal.reason))),
    });
    const job: QueueJob = queue.enqueue({ orgId: 'acme', worker: 't.forever', args: {}, by }).job;
    await waitFor(() => queue.job(job.id)?.state === 'executing', 'the job to start');
    const idle = queue.idle();
    h.stop();
    await idle;
    expect(reason).toBe('shutdown');
  });
});
