/** Durations read the same for runs and jobs: formatted, elapsed while building, and the run page's summary. */
import { describe, expect, it } from 'vitest';
import { describeDuration, formatDuration, runElapsed } from '../../../../../src/renderer/src/features/runs/formatDuration';
import { finished, running } from '../jobs/jobFixtures';
import { run } from './runFixtures';

describe('formatDuration and runElapsed', () => {
  it('formats seconds, minutes and hours', () => {
    expect([3_240, 245_000, 7_800_000].map(formatDuration)).toEqual(['3.2 s', '4 min 05 s', '2 h 10 min']);
  });

  it('reads a job by its run times: elapsed until now while building, fixed once finished', () => {
    const now = Date.parse('2025-01-01T00:01:10.000Z');
    expect(runElapsed(running(1), now)).toBe(10_000);
    expect(runElapsed(finished(1, 'passed'), now)).toBe(30_000);
    expect(runElapsed({ startedAt: null, finishedAt: null }, now)).toBeNull();
  });

  it('sums a run up in one line', () => {
    const started = { startedAt: '2025-01-01T00:00:00.000Z' };
    expect(describeDuration(run(1, { status: 'building', ...started }), Date.parse('2025-01-01T00:00:12.000Z'))).toBe('Building for 12.0 s');
    expect(describeDuration(run(1, { status: 'failed', ...started, finishedAt: '2025-01-01T00:00:03.200Z' }), 0)).toBe('Failed in 3.2 s');
    expect(describeDuration(run(1, { status: 'cancelled' }), 0)).toBe('Cancelled before it started');
  });
});
