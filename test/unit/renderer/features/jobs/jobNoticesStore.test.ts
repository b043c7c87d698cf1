/**
 * The background results store over the real jobs store and a fake client: a run that ends while the window is
 * open toasts with a link to the run (failures sticky), never on that run's own page, never for what the snapshot
 * already held, and the store lets go of everything when the window closes.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createJobNotices } from '../../../../../src/renderer/src/features/jobs/jobNoticesStore';
import { jobsStore } from '../../../../../src/renderer/src/features/jobs/jobsStore';
import { toastsStore } from '../../../../../src/renderer/src/features/toasts/toastsStore';
import { buildStores, type Stores } from '../../../../../src/renderer/src/stores/buildStores';
import { defineStore } from '../../../../../src/renderer/src/stores/defineStore';
import { createFakeClient, type FakeClient } from '../../support/createFakeClient';
import { finished, job, running, updatedEvent } from './jobFixtures';

describe('job notices', () => {
  let fake: FakeClient;
  let stores: Stores;
  let path: string;
  // The real store's declaration reads `location`; this one reads the test's path.
  const notices = defineStore({ name: 'jobs.notices', create: ({ stores: s }) => createJobNotices(s.get(jobsStore), s.get(toastsStore), () => path) });
  const toasts = () => stores.get(toastsStore).getState().toasts;

  beforeEach(() => {
    vi.useFakeTimers();
    path = '/agents';
    fake = createFakeClient();
    stores = buildStores(fake.client, [toastsStore, jobsStore, notices], { graceMs: 0 });
  });
  afterEach(() => {
    stores.dispose();
    expect(fake.openSubscriptions()).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
    vi.useRealTimers();
  });

  it('watches the jobs list for the whole window, from the moment it is made', () => {
    expect(fake.replicas).toHaveLength(1);
    expect(fake.openSubscriptions()).toBe(1);
  });

  it('toasts a run that ends, linking to it; a failure stays until dismissed', () => {
    fake.replicas[0]!.loaded(10, [running(2), running(1), finished(0, 'failed')]);
    expect(toasts()).toEqual([]);
    fake.replicas[0]!.receive([updatedEvent(finished(2, 'failed'))]);
    fake.replicas[0]!.receive([updatedEvent(finished(1, 'passed'))]);
    expect(toasts().map((t) => [t.kind, t.message, t.sticky, t.link])).toEqual([
      ['error', 'job-2 #2 failed on build-01 (exit code 2)', true, { href: '#/runs/2', label: 'Open run' }],
      ['info', 'job-1 #1 passed', false, { href: '#/runs/1', label: 'Open run' }],
    ]);
    vi.advanceTimersByTime(60_000);
    expect(toasts().map((t) => t.message)).toEqual(['job-2 #2 failed on build-01 (exit code 2)']);
  });

  it("does not toast in a window on that run's page, but does on any other page", () => {
    fake.replicas[0]!.loaded(10, [running(2), running(1)]);
    path = '/runs/2';
    fake.replicas[0]!.receive([updatedEvent(finished(2, 'failed')), updatedEvent(finished(1, 'failed'))]);
    expect(toasts().map((t) => t.link?.href)).toEqual(['#/runs/1']);
  });

  it('says nothing for a queued job cancelled (it never ran) or a job that only starts', () => {
    fake.replicas[0]!.loaded(10, [job(2), job(1)]);
    fake.replicas[0]!.receive([updatedEvent(job(2, { status: 'cancelled', finishedAt: '2025-01-01T00:02:00.000Z' })), updatedEvent(running(1))]);
    expect(toasts()).toEqual([]);
  });

  it('a reloaded window (new stores) does not replay what ended before it loaded', () => {
    fake.replicas[0]!.loaded(10, [finished(1, 'failed')]);
    stores.dispose();
    stores = buildStores(fake.client, [toastsStore, jobsStore, notices], { graceMs: 0 });
    fake.replicas[1]!.loaded(11, [finished(1, 'failed')]);
    expect(toasts()).toEqual([]);
  });
});
