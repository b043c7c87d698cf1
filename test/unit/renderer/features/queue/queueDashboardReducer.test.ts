/** The queue dashboard reducer: counts move with each job's from → state, the list stays bounded, throughput counts like the server. */
import { describe, expect, it } from 'vitest';
import { RECENT_QUEUE_JOBS_KEPT, THROUGHPUT_SECONDS, type QueueJob, type QueueJobState } from '../../../../../src/shared/contract';
import { addThroughput, applyQueueEvent } from '../../../../../src/renderer/src/features/queue/queueDashboardReducer';
import { wire } from '../runs/runFixtures';
import { dashboard, queueJob } from './queueFixtures';

const topic = 'queue:updates:acme';
const changed = (job: QueueJob, from: QueueJobState | null) => wire(topic, 'queue_job_changed', { job, from });
const at = (s: number) => new Date(s * 1000).toISOString();

describe('applyQueueEvent', () => {
  it('moves counts from the old state to the new, per queue', () => {
    let d = applyQueueEvent(dashboard(), changed(queueJob(1), null));
    d = applyQueueEvent(d, changed(queueJob(2, { queue: 'mail' }), null));
    d = applyQueueEvent(d, changed(queueJob(1, { state: 'executing', attempt: 1 }), 'available'));
    expect(d.counts).toEqual({ default: { available: 0, executing: 1 }, mail: { available: 1 } });
    d = applyQueueEvent(d, changed(queueJob(1, { state: 'executing', progress: 0.5 }), 'executing'));
    expect(d.counts['default']).toEqual({ available: 0, executing: 1 });
    expect(d.jobs.map((j) => [j.id, j.state, j.progress])).toEqual([
      [2, 'available', null],
      [1, 'executing', 0.5],
    ]);
  });

  it('counts completions at their second and failed attempts at their error’s second', () => {
    let d = applyQueueEvent(dashboard(), changed(queueJob(1, { state: 'completed', finishedAt: at(1000) }), 'executing'));
    d = applyQueueEvent(d, changed(queueJob(2, { state: 'retryable', errors: [{ attempt: 1, at: at(1000), error: 'boom' }] }), 'executing'));
    d = applyQueueEvent(d, changed(queueJob(3, { state: 'discarded', errors: [{ attempt: 3, at: at(1001), error: 'boom' }] }), 'executing'));
    // A cancel is neither; nor is the same state again.
    d = applyQueueEvent(d, changed(queueJob(4, { state: 'cancelled', finishedAt: at(1001) }), 'available'));
    d = applyQueueEvent(d, changed(queueJob(1, { state: 'completed', finishedAt: at(1000) }), 'completed'));
    expect(d.throughput).toEqual([
      { at: 1000, completed: 1, failed: 1 },
      { at: 1001, completed: 0, failed: 1 },
    ]);
  });

  it('keeps throughput to the last THROUGHPUT_SECONDS', () => {
    let series = addThroughput([], 1000, 'completed');
    series = addThroughput(series, 1000 + THROUGHPUT_SECONDS - 1, 'completed');
    expect(series).toHaveLength(2);
    series = addThroughput(series, 1000 + THROUGHPUT_SECONDS, 'failed');
    expect(series.map((s) => s.at)).toEqual([1000 + THROUGHPUT_SECONDS - 1, 1000 + THROUGHPUT_SECONDS]);
  });

  it('removes pruned jobs and their counts', () => {
    let d = dashboard({ counts: { default: { completed: 2 } }, jobs: [queueJob(2, { state: 'completed' }), queueJob(1, { state: 'completed' })] });
    d = applyQueueEvent(d, wire(topic, 'queue_jobs_removed', { jobs: [{ id: 1, queue: 'default', state: 'completed' as const }] }));
    expect(d.counts['default']?.completed).toBe(1);
    expect(d.jobs.map((j) => j.id)).toEqual([2]);
  });

  it('replaces or adds a queue on queue_changed', () => {
    let d = applyQueueEvent(dashboard(), wire(topic, 'queue_changed', { queue: { name: 'default', concurrency: 10, paused: true } }));
    d = applyQueueEvent(d, wire(topic, 'queue_changed', { queue: { name: 'alpha', concurrency: 2, paused: false } }));
    expect(d.queues.map((q) => [q.name, q.paused])).toEqual([
      ['alpha', false],
      ['default', true],
    ]);
  });

  it('keeps every unfinished job and the newest finished ones', () => {
    let d = dashboard({ jobs: [queueJob(1, { state: 'scheduled' })] });
    for (let id = 2; id <= RECENT_QUEUE_JOBS_KEPT + 100; id++) d = applyQueueEvent(d, changed(queueJob(id, { state: 'completed', finishedAt: at(2000 + id) }), 'executing'));
    const finished = d.jobs.filter((j) => j.state === 'completed');
    expect(finished.length).toBeLessThanOrEqual(RECENT_QUEUE_JOBS_KEPT + 50);
    expect(finished.length).toBeGreaterThanOrEqual(RECENT_QUEUE_JOBS_KEPT);
    expect(d.jobs.some((j) => j.id === 1)).toBe(true);
    expect(d.jobs.some((j) => j.id === RECENT_QUEUE_JOBS_KEPT + 100)).toBe(true);
    expect(d.jobs.some((j) => j.id === 2)).toBe(false);
  });
});
