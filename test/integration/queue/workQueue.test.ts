/**
 * The work queue on a real core: every state change is a logged, broadcast write; retries back off; unique jobs,
 * concurrency limits, pause and resume, timeouts, cancellation and pruning behave as a user would rely on.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { QueueJob } from '../../../src/shared/contract';
import { userActor } from '../../../src/main/kernel/actor';
import { createTestCore, type TestCore } from '../../support/createTestCore';
import { waitFor } from '../../support/waitFor';

const by = { kind: 'system', id: 'test' } as const;
let core: TestCore;
afterEach(() => core?.dispose());

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
function events(type: string) {
  return core.kernel.log
    .readSince(['queue:updates:acme'], 0)
    .filter((e) => e.type === type)
    .map((e) => e.payload as { job: QueueJob; from: string | null });
}

describe('work queue', () => {
  it('runs a job to completed, each state change logged and broadcast on queue:updates:<org>', async () => {
    core = createTestCore();
    const seen: string[] = [];
    core.kernel.bus.subscribe('queue:updates:acme', (e) => {
      if (e.type === 'queue_job_changed') seen.push(e.payload.job.state);
    });
    core.queue.define({ name: 'test.echo', queue: 'default', perform: async (args) => ({ echoed: args.word }) });
    const { job } = core.queue.enqueue({ orgId: 'acme', worker: 'test.echo', args: { word: 'hi' }, by });
    await core.queue.idle();
    expect(core.queue.job(job.id)).toMatchObject({ state: 'completed', attempt: 1, errors: [] });
    expect(seen).toEqual(['available', 'executing', 'completed']);
    expect(events('queue_job_changed').map((e) => e.from)).toEqual([null, 'available', 'executing']);
  });

  it('retries with backoff up to max attempts, keeping each attempt’s error, then discards', async () => {
    core = createTestCore();
    let calls = 0;
    core.queue.define({
      name: 'test.flaky',
      queue: 'default',
      maxAttempts: 3,
      backoff: { baseMs: 20, jitter: 0 },
      perform: async () => {
        calls++;
        throw new Error(`boom ${calls}`);
      },
    });
    const { job } = core.queue.enqueue({ orgId: 'acme', worker: 'test.flaky', args: {}, by });
    await waitFor(() => core.queue.job(job.id)?.state === 'discarded', 'the job to be discarded', 3000);
    const done = core.queue.job(job.id)!;
    expect(calls).toBe(3);
    expect(done.errors.map((e) => [e.attempt, e.error])).toEqual([
      [1, 'boom 1'],
      [2, 'boom 2'],
      [3, 'boom 3'],
    ]);
    // 20 ms then 40 ms: the second wait is twice the first.
    const times = done.errors.map((e) => Date.parse(e.at));
    expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(20);
    expect(times[2]! - times[1]!).toBeGreaterThanOrEqual(40);
    expect(events('queue_job_changed').map((e) => e.job.state)).toContain('retryable');
  });

  it('a job’s own backoff overrides its worker’s', async () => {
    core = createTestCore();
    let calls = 0;
    core.queue.define({
      name: 'test.slowRetry',
      queue: 'default',
      maxAttempts: 2,
      backoff: { baseMs: 60_000 },
      perform: async () => {
        if (++calls === 1) throw new Error('first fails');
      },
    });
    const { job } = core.queue.enqueue({ orgId: 'acme', worker: 'test.slowRetry', args: {}, by, options: { backoff: { baseMs: 10, jitter: 0 } } });
    await waitFor(() => core.queue.job(job.id)?.state === 'completed', 'the retry to run within the job’s backoff', 2000);
    expect(calls).toBe(2);
  });

  it('a unique job enqueued twice within its period is one job', () => {
    core = createTestCore({ work: { autostart: false } });
    core.queue.define({ name: 'test.unique', queue: 'default', perform: async () => undefined });
    const first = core.queue.enqueue({ orgId: 'acme', worker: 'test.unique', args: { a: 1, b: 2 }, by, options: { unique: { periodMs: 60_000 } } });
    const second = core.queue.enqueue({ orgId: 'acme', worker: 'test.unique', args: { b: 2, a: 1 }, by, options: { unique: { periodMs: 60_000 } } });
    const other = core.queue.enqueue({ orgId: 'acme', worker: 'test.unique', args: { a: 2, b: 2 }, by, options: { unique: { periodMs: 60_000 } } });
    expect(second).toEqual({ job: first.job, duplicate: true });
    expect(other.duplicate).toBe(false);
    // Another organization's equal job is its own.
    expect(core.queue.enqueue({ orgId: 'globex', worker: 'test.unique', args: { a: 1, b: 2 }, by, options: { unique: { periodMs: 60_000 } } }).duplicate).toBe(false);
  });

  it('never runs more of a queue at once than its concurrency, and never one job twice at once', async () => {
    core = createTestCore({ work: { queues: { narrow: 3 } } });
    let now = 0;
    let peak = 0;
    const runs = new Map<number, number>();
    core.queue.define({
      name: 'test.slow',
      queue: 'narrow',
      perform: async (_args, { job }) => {
        runs.set(job.id, (runs.get(job.id) ?? 0) + 1);
        peak = Math.max(peak, ++now);
        await sleep(5);
        now--;
      },
    });
    for (let i = 0; i < 30; i++) core.queue.enqueue({ orgId: 'acme', worker: 'test.slow', args: { i }, by });
    await core.queue.idle();
    expect(peak).toBe(3);
    expect([...runs.values()].every((n) => n === 1)).toBe(true);
    expect(runs.size).toBe(30);
  });

  it('a paused queue holds its jobs (for that organization only) until resumed', async () => {
    core = createTestCore();
    const alice = userActor({ userId: 'alice', userName: 'Alice', orgId: 'acme', orgName: 'Acme' });
    const ran: string[] = [];
    core.queue.define({ name: 'test.mark', queue: 'marks', perform: async (args) => void ran.push(String(args.org)) });
    await core.kernel.registry.run('queue.pause', { queue: 'marks' }, { actor: alice });
    const held = core.queue.enqueue({ orgId: 'acme', worker: 'test.mark', args: { org: 'acme' }, by });
    core.queue.enqueue({ orgId: 'globex', worker: 'test.mark', args: { org: 'globex' }, by });
    await core.queue.idle();
    expect(ran).toEqual(['globex']);
    expect(core.queue.job(held.job.id)?.state).toBe('available');
    const resumed = await core.kernel.registry.run('queue.resume', { queue: 'marks' }, { actor: alice });
    expect(resumed).toEqual({ name: 'marks', concurrency: 10, paused: false });
    await waitFor(() => core.queue.job(held.job.id)?.state === 'completed', 'the held job to complete', 2000);
    expect(ran).toEqual(['globex', 'acme']);
  });

  it('a job past its timeout fails with “timed out after N ms” and its handler is told', async () => {
    core = createTestCore();
    let reason: unknown;
    core.queue.define({
      name: 'test.hang',
      queue: 'default',
      maxAttempts: 1,
      timeoutMs: 30,
      perform: (_args, { signal }) =>
        new Promise((_resolve, reject) =>
          signal.addEventListener('abort', () => {
            reason = signal.reason;
            reject(new Error('aborted'));
          }),
        ),
    });
    const { job } = core.queue.enqueue({ orgId: 'acme', worker: 'test.hang', args: {}, by });
    await waitFor(() => core.queue.job(job.id)?.state === 'discarded', 'the job to be discarded', 2000);
    expect(reason).toBe('timeout');
    expect(core.queue.job(job.id)?.errors[0]?.error).toBe('timed out after 30 ms');
  });

  it('cancelling a running job fires its signal and it ends cancelled; a waiting one never runs', async () => {
    core = createTestCore();
    let started = false;
    core.queue.define({
      name: 'test.long',
      queue: 'default',
      perform: (_args, { signal }) =>
        new Promise((_resolve, reject) => {
          started = true;
          signal.addEventListener('abort', () => reject(new Error('stopped')));
        }),
    });
    const running = core.queue.enqueue({ orgId: 'acme', worker: 'test.long', args: { n: 1 }, by });
    const waiting = core.queue.enqueue({ orgId: 'acme', worker: 'test.long', args: { n: 2 }, by, options: { runInMs: 60_000 } });
    await waitFor(() => started, 'the job to start', 2000);
    expect(core.queue.cancel(by, running.job.id).cancelRequested).toBe(true);
    await waitFor(() => core.queue.job(running.job.id)?.state === 'cancelled', 'the running job to be cancelled', 2000);
    expect(core.queue.cancel(by, waiting.job.id).state).toBe('cancelled');
    expect(() => core.queue.cancel(by, waiting.job.id)).toThrow(/already ended/);
  });

  it('scheduled jobs wait for their time; priorities order the rest', async () => {
    core = createTestCore({ work: { queues: { single: 1 } } });
    const order: string[] = [];
    core.queue.define({ name: 'test.order', queue: 'single', perform: async (args) => void order.push(String(args.name)) });
    core.queue.enqueue({ orgId: 'acme', worker: 'test.order', args: { name: 'later' }, by, options: { runInMs: 80 } });
    core.queue.enqueue({ orgId: 'acme', worker: 'test.order', args: { name: 'low' }, by, options: { priority: 9 } });
    core.queue.enqueue({ orgId: 'acme', worker: 'test.order', args: { name: 'high' }, by, options: { priority: 0 } });
    await waitFor(() => order.length === 3, 'all three jobs to run', 2000);
    expect(order.slice(1)).toEqual(['low', 'later']);
    expect(order[0]).toBe('high');
  });

  it('prunes finished jobs past the retention period and says so', async () => {
    core = createTestCore({ work: { retentionMs: 0 } });
    core.queue.define({ name: 'test.quick', queue: 'default', perform: async () => undefined });
    const { job } = core.queue.enqueue({ orgId: 'acme', worker: 'test.quick', args: {}, by });
    await core.queue.idle();
    await sleep(2);
    expect(core.queue.prune()).toBe(1);
    expect(core.queue.job(job.id)).toBeUndefined();
    const removed = core.kernel.log.readSince(['queue:updates:acme'], 0).filter((e) => e.type === 'queue_jobs_removed');
    expect(removed.map((e) => e.payload)).toEqual([{ jobs: [{ id: job.id, queue: 'default', state: 'completed' }] }]);
  });
});
