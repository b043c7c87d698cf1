/**
 * Cancel and re-run from the jobs store: each one write, busy until its change is in the list, a queued cancel and
 * a re-run toasted (the re-run linking to the new job), a refusal toasted with the server's message.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ConflictError } from '../../../../../src/shared/contract';
import { jobsStore } from '../../../../../src/renderer/src/features/jobs/jobsStore';
import { toastsStore } from '../../../../../src/renderer/src/features/toasts/toastsStore';
import { buildStores, type Stores } from '../../../../../src/renderer/src/stores/buildStores';
import { createFakeClient, type FakeClient } from '../../support/createFakeClient';
import { finished, job, running } from './jobFixtures';

describe('jobsStore actions', () => {
  let fake: FakeClient;
  let stores: Stores;
  let stop: () => void;
  const store = () => stores.get(jobsStore);
  const toasts = () => stores.get(toastsStore).getState().toasts;

  beforeEach(() => {
    vi.useFakeTimers();
    fake = createFakeClient();
    stores = buildStores(fake.client, [toastsStore, jobsStore], { graceMs: 0 });
    stop = store().subscribe(() => {});
    fake.replicas[0]!.loaded(10, [job(3, { name: 'lint' }), running(2), finished(1, 'failed', { name: 'build' })]);
  });
  afterEach(() => {
    stop();
    vi.advanceTimersByTime(10_000);
    stores.dispose();
    expect(fake.openSubscriptions()).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
    vi.useRealTimers();
  });

  it('cancels a queued job: busy until the list has it, then "Cancelled <name> #<id>"', async () => {
    const done = store().getState().cancel({ id: 3, name: 'lint' });
    expect(store().getState().pending).toEqual({ 3: 'cancel' });
    // A second click while in flight sends nothing more.
    await expect(store().getState().cancel({ id: 3, name: 'lint' })).resolves.toBe(false);
    expect(fake.commands.map((c) => [c.name, c.input])).toEqual([['jobs.cancel', { id: 3 }]]);
    fake.commands[0]!.resolve(job(3, { name: 'lint', status: 'cancelled' }), 11);
    await Promise.resolve();
    expect(store().getState().pending).toEqual({ 3: 'cancel' });
    fake.reachSeq(11);
    await expect(done).resolves.toBe(true);
    expect(store().getState().pending).toEqual({});
    expect(toasts().map((t) => [t.kind, t.message])).toEqual([['info', 'Cancelled lint #3']]);
  });

  it('asks a running job to stop without a toast: its end is told when it comes', async () => {
    const done = store().getState().cancel({ id: 2, name: 'job-2' });
    fake.commands[0]!.resolve(running(2, { cancelRequested: true }), 11);
    fake.reachSeq(11);
    await expect(done).resolves.toBe(true);
    expect(toasts()).toEqual([]);
  });

  it("toasts a refused cancel with the server's message and changes nothing", async () => {
    const done = store().getState().cancel({ id: 1, name: 'build' });
    fake.commands[0]!.reject(new ConflictError('Job build #1 already failed; there is nothing to cancel'));
    await expect(done).resolves.toBe(false);
    expect(store().getState().pending).toEqual({});
    const [toast] = toasts();
    expect(toast?.kind).toBe('error');
    expect(toast?.message).toContain('Cancelling build #1 failed: Job build #1 already failed; there is nothing to cancel');
    expect(toast?.sticky).toBe(true);
  });

  it('re-runs a finished job and toasts "Re-running <name>" with a link to the new job', async () => {
    const done = store().getState().rerun({ id: 1, name: 'build' });
    expect(store().getState().pending).toEqual({ 1: 'rerun' });
    expect(fake.commands.map((c) => [c.name, c.input])).toEqual([['jobs.rerun', { id: 1 }]]);
    fake.commands[0]!.resolve(job(4, { name: 'build', rerunOf: 1 }), 11);
    fake.reachSeq(11);
    await expect(done).resolves.toMatchObject({ id: 4, rerunOf: 1 });
    expect(toasts().map((t) => [t.message, t.link])).toEqual([['Re-running build', { href: '#/builds/4', label: 'Show #4' }]]);
  });
});
