/** The Builds list reducer: queued jobs go first, updates replace in place, and the list stays as bounded as the snapshot. */
import { describe, expect, it } from 'vitest';
import { RECENT_JOBS_KEPT, type Job } from '../../../../../src/shared/contract';
import { applyJobsEvent } from '../../../../../src/renderer/src/features/jobs/jobsReducer';
import { wire } from '../runs/runFixtures';

const topic = 'jobs:updates:acme';
const job = (id: number, overrides: Partial<Job> = {}): Job => ({
  id, orgId: 'acme', name: `job-${id}`, command: 'make', status: 'scheduled', createdAt: '', runId: null, agentUuid: null,
  agentHostname: null, startedAt: null, finishedAt: null, exitCode: null, cancelRequested: false, rerunOf: null, scheduledBy: 'user:bob', ...overrides,
});
const queued = (j: Job) => wire(topic, 'job_queued', { job: j });
const updated = (j: Job) => wire(topic, 'job_updated', { job: j });

describe('applyJobsEvent', () => {
  it('puts queued jobs first, newest first, and does not duplicate a replayed one', () => {
    let jobs = applyJobsEvent([], queued(job(1)));
    jobs = applyJobsEvent(jobs, queued(job(2)));
    jobs = applyJobsEvent(jobs, queued(job(2)));
    expect(jobs.map((j) => j.id)).toEqual([2, 1]);
  });

  it('replaces an updated job in place without touching the old list', () => {
    const before = [job(2), job(1)];
    const after = applyJobsEvent(before, updated(job(1, { status: 'building', agentHostname: 'build-01' })));
    expect(after.map((j) => [j.id, j.status])).toEqual([[2, 'scheduled'], [1, 'building']]);
    expect(before[1]!.status).toBe('scheduled');
    expect(after[0]).toBe(before[0]);
  });

  it('keeps every unfinished job and only the most recent finished ones, like the snapshot', () => {
    const finished = Array.from({ length: RECENT_JOBS_KEPT }, (_, i) => job(RECENT_JOBS_KEPT + 10 - i, { status: 'passed' }));
    const running = job(1, { status: 'building' });
    let jobs = [...finished, running];
    jobs = applyJobsEvent(jobs, queued(job(500)));
    jobs = applyJobsEvent(jobs, updated(job(500, { status: 'failed' })));
    expect(jobs).toHaveLength(RECENT_JOBS_KEPT + 1);
    expect(jobs[0]!.id).toBe(500);
    expect(jobs.at(-1)).toBe(running);
    // A finished job older than the list's end is not brought back by a late update.
    expect(applyJobsEvent(jobs, updated(job(0, { status: 'passed' })))).toBe(jobs);
  });
});
