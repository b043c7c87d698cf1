/** The Builds view's groups: queued, running and recent, each newest first, and the one filter they share. */
import { describe, expect, it } from 'vitest';
import { jobStatuses } from '../../../../../src/shared/contract';
import { groupJobs, groupOf, matchesJob } from '../../../../../src/renderer/src/features/jobs/groupJobs';
import { finished, job, running } from './jobFixtures';

describe('groupJobs', () => {
  it('puts scheduled jobs in queued, assigned and building in running, finished ones in recent', () => {
    expect(jobStatuses.map(groupOf)).toEqual([
      'queued', 'running', 'running', 'recent', 'recent', 'recent',
    ]);
  });

  it('keeps each group newest first, whatever order the list came in', () => {
    const groups = groupJobs([job(3), finished(1, 'passed'), running(4), job(7), finished(6, 'failed'), running(2, { status: 'assigned' }), job(5, { status: 'cancelled' })]);
    expect(groups.queued.map((j) => j.id)).toEqual([7, 3]);
    expect(groups.running.map((j) => j.id)).toEqual([4, 2]);
    expect(groups.recent.map((j) => j.id)).toEqual([6, 5, 1]);
  });

  it('gives empty groups for an empty list', () => {
    expect(groupJobs([])).toEqual({ queued: [], running: [], recent: [] });
  });
});

describe('matchesJob', () => {
  const build = running(12, { name: 'colour-demo', command: 'npm run colours' });
  it('finds a job by name, #id, command, agent or status word (needle already lower-cased)', () => {
    for (const needle of ['colour', '#12', 'npm run', 'build-01', 'building']) expect(matchesJob(build, needle)).toBe(true);
    expect(matchesJob(job(3), 'queued')).toBe(true);
    expect(matchesJob(build, 'passed')).toBe(false);
    expect(matchesJob(build, '#1 ')).toBe(false);
  });
});
