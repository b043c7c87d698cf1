/**
 * The run page's estimate: the previous passed or failed run of the same job from the Builds list, progress
 * against it capped at 99% until the run ends, and the ETA in words.
 */
import { describe, expect, it } from 'vitest';
import { describeRemaining, estimateMs, previousRunOf, runProgress } from '../../../../../src/renderer/src/features/runs/runEstimate';
import { finished, job, running } from '../jobs/jobFixtures';

const took = (seconds: number) => ({ startedAt: '2025-01-01T00:00:00.000Z', finishedAt: new Date(Date.parse('2025-01-01T00:00:00.000Z') + seconds * 1000).toISOString() });

describe('previousRunOf', () => {
  const current = { jobId: 9, jobName: 'colour-demo' };

  it('takes the newest passed or failed job of the same name, other than this one', () => {
    const jobs = [
      running(9, { name: 'colour-demo' }),
      finished(8, 'cancelled', { name: 'colour-demo' }),
      finished(7, 'passed', { name: 'other' }),
      finished(6, 'failed', { name: 'colour-demo', ...took(40) }),
      finished(5, 'passed', { name: 'colour-demo', ...took(30) }),
    ];
    expect(previousRunOf(jobs, current)?.id).toBe(6);
    expect(estimateMs(previousRunOf(jobs, current)!)).toBe(40_000);
  });

  it('has none without a finished run that has both times', () => {
    expect(previousRunOf([job(3, { name: 'colour-demo' }), finished(2, 'passed', { name: 'colour-demo', startedAt: null })], current)).toBeUndefined();
    expect(previousRunOf([finished(9, 'passed', { name: 'colour-demo' })], current)).toBeUndefined();
    expect(previousRunOf([], current)).toBeUndefined();
  });
});

describe('runProgress', () => {
  it('is elapsed over the estimate, with the time left', () => {
    expect(runProgress(5_000, 20_000)).toEqual({ percent: 25, remainingMs: 15_000, overdue: false });
    expect(runProgress(0, 20_000)).toEqual({ percent: 0, remainingMs: 20_000, overdue: false });
  });

  it('never says 100% while building, however long it takes', () => {
    expect(runProgress(19_999, 20_000).percent).toBe(99);
    expect(runProgress(20_000, 20_000)).toEqual({ percent: 99, remainingMs: 0, overdue: false });
    expect(runProgress(60_000, 20_000)).toEqual({ percent: 99, remainingMs: 0, overdue: true });
    expect(runProgress(1_000, 0)).toEqual({ percent: 99, remainingMs: 0, overdue: true });
  });
});

describe('describeRemaining', () => {
  it('says about how long is left, in seconds, then minutes, or that it runs long', () => {
    expect(describeRemaining(runProgress(5_000, 17_200), 17_200)).toBe('about 13 s left');
    expect(describeRemaining(runProgress(0, 600_000), 600_000)).toBe('about 10 min left');
    expect(describeRemaining(runProgress(20_000, 20_000), 20_000)).toBe('about to finish');
    expect(describeRemaining(runProgress(25_000, 20_000), 20_000)).toBe('longer than the previous run (20.0 s)');
  });
});
