/**
 * Background results are told once: the first list only sets what is known (so a reload replays nothing), a run
 * that ends is told, a job already known finished or a queued job cancelled is not. `jobNotice` decides.
 */
import { describe, expect, it } from 'vitest';
import { createJobNoticeTracker } from '../../../../../src/renderer/src/features/jobs/jobNoticeTracker';
import { finished, job, running } from './jobFixtures';

describe('createJobNoticeTracker', () => {
  it('tells nothing about the first list, even of failures in it', () => {
    const tracker = createJobNoticeTracker();
    expect(tracker.observe([finished(2, 'failed'), running(1)])).toEqual([]);
  });

  it('tells each run that ends, once, failures sticky', () => {
    const tracker = createJobNoticeTracker();
    tracker.observe([running(2), running(1)]);
    expect(tracker.observe([finished(2, 'failed'), running(1)])).toEqual([
      { kind: 'error', message: 'job-2 #2 failed on build-01 (exit code 2)', jobId: 2, runId: 2, sticky: true },
    ]);
    expect(tracker.observe([finished(2, 'failed'), finished(1, 'passed')])).toEqual([
      { kind: 'info', message: 'job-1 #1 passed', jobId: 1, runId: 1, sticky: false },
    ]);
    // The same list again, or a change that is no news (a finished job's record replaced), says nothing.
    expect(tracker.observe([finished(2, 'failed', { exitCode: 3 }), finished(1, 'passed')])).toEqual([]);
  });

  it('says nothing while a job is queued, picked up or building, nor when a queued job is cancelled', () => {
    const tracker = createJobNoticeTracker();
    tracker.observe([]);
    expect(tracker.observe([job(1)])).toEqual([]);
    expect(tracker.observe([running(1, { status: 'assigned' })])).toEqual([]);
    expect(tracker.observe([running(1), job(2)])).toEqual([]);
    expect(tracker.observe([running(1), job(2, { status: 'cancelled', finishedAt: '2025-01-01T00:02:00.000Z' })])).toEqual([]);
    expect(tracker.observe([finished(1, 'cancelled'), job(2, { status: 'cancelled' })]).map((n) => n.message)).toEqual(['job-1 #1 was cancelled']);
  });

  it("tells a run that started and ended between two lists (a reconnect's new snapshot)", () => {
    const tracker = createJobNoticeTracker();
    tracker.observe([job(1)]);
    expect(tracker.observe([finished(3, 'failed'), finished(1, 'passed')]).map((n) => n.jobId)).toEqual([3, 1]);
  });

  it('a new tracker (a reloaded window) starts over from its first list', () => {
    const first = createJobNoticeTracker();
    first.observe([running(1)]);
    expect(first.observe([finished(1, 'failed')])).toHaveLength(1);
    const reloaded = createJobNoticeTracker();
    expect(reloaded.observe([finished(1, 'failed')])).toEqual([]);
    expect(reloaded.observe([finished(1, 'failed')])).toEqual([]);
  });
});
