/**
 * How one event on `queue:updates:<org>` changes the queue dashboard: counts per queue per state moved by each
 * job's `from` → state, the job list (every unfinished job, the newest finished ones), queue settings, and the
 * completed/failed per second of the throughput chart, counted as the server counts them. Pure.
 */
import {
  RECENT_QUEUE_JOBS_KEPT,
  THROUGHPUT_SECONDS,
  isFinalQueueState,
  type QueueCounts,
  type QueueDashboard,
  type QueueEvent,
  type QueueJob,
  type QueueJobState,
  type ThroughputSecond,
} from '../../../../shared/contract';
import type { ReplicaEvent } from '../../sync/createReplica';
import type { ViewReducer } from '../../sync/createSyncClient';

/** Finished jobs kept past the server's number before trimming, so a busy queue sorts once per this many, not per event. */
const TRIM_SLACK = 50;

function addCount(counts: QueueCounts, queue: string, state: QueueJobState, delta: number): QueueCounts {
  const before = counts[queue] ?? {};
  const n = Math.max(0, (before[state] ?? 0) + delta);
  return { ...counts, [queue]: { ...before, [state]: n } };
}

function finishedMs(job: QueueJob): number {
  return job.finishedAt ? Date.parse(job.finishedAt) : 0;
}

/** Every unfinished job and the newest `RECENT_QUEUE_JOBS_KEPT` finished ones, once the list is over by the slack. */
export function boundJobs(jobs: QueueJob[]): QueueJob[] {
  let finished = 0;
  for (const job of jobs) if (isFinalQueueState(job.state)) finished++;
  if (finished <= RECENT_QUEUE_JOBS_KEPT + TRIM_SLACK) return jobs;
  const keep = new Set(
    jobs
      .filter((j) => isFinalQueueState(j.state))
      .sort((a, b) => finishedMs(b) - finishedMs(a) || b.id - a.id)
      .slice(0, RECENT_QUEUE_JOBS_KEPT)
      .map((j) => j.id),
  );
  return jobs.filter((j) => !isFinalQueueState(j.state) || keep.has(j.id));
}

/** Adds to the second `at` (epoch seconds), keeping only the last `THROUGHPUT_SECONDS` before the newest second. */
export function addThroughput(series: readonly ThroughputSecond[], at: number, field: 'completed' | 'failed'): ThroughputSecond[] {
  const index = series.findIndex((s) => s.at === at);
  let next: ThroughputSecond[];
  if (index !== -1) {
    next = series.slice();
    next[index] = { ...series[index]!, [field]: series[index]![field] + 1 };
  } else {
    next = [...series, { at, completed: field === 'completed' ? 1 : 0, failed: field === 'failed' ? 1 : 0 }].sort((a, b) => a.at - b.at);
  }
  const newest = next[next.length - 1]!.at;
  return next[0]!.at <= newest - THROUGHPUT_SECONDS ? next.filter((s) => s.at > newest - THROUGHPUT_SECONDS) : next;
}

const second = (iso: string | null | undefined) => {
  const ms = iso ? Date.parse(iso) : Number.NaN;
  return Math.floor((Number.isNaN(ms) ? Date.now() : ms) / 1000);
};

function countThroughput(series: readonly ThroughputSecond[], job: QueueJob, from: QueueJobState | null): readonly ThroughputSecond[] {
  if (job.state === from) return series;
  if (job.state === 'completed') return addThroughput(series, second(job.finishedAt), 'completed');
  // A failed attempt leaves an error entry: the job goes back to retryable, or is discarded after its last attempt.
  if ((job.state === 'retryable' || job.state === 'discarded') && from === 'executing') return addThroughput(series, second(job.errors.at(-1)?.at), 'failed');
  return series;
}

export function applyQueueEvent(dashboard: QueueDashboard, event: ReplicaEvent<QueueEvent>): QueueDashboard {
  switch (event.type) {
    case 'queue_job_changed': {
      const { job, from } = event.payload;
      let counts = dashboard.counts;
      if (from !== job.state) {
        if (from) counts = addCount(counts, job.queue, from, -1);
        counts = addCount(counts, job.queue, job.state, 1);
      }
      const index = dashboard.jobs.findIndex((j) => j.id === job.id);
      let jobs: QueueJob[];
      if (index !== -1) {
        jobs = dashboard.jobs.slice();
        jobs[index] = job;
      } else {
        jobs = [job, ...dashboard.jobs];
      }
      return { ...dashboard, counts, jobs: boundJobs(jobs), throughput: countThroughput(dashboard.throughput, job, from) as ThroughputSecond[] };
    }
    case 'queue_changed': {
      const { queue } = event.payload;
      const index = dashboard.queues.findIndex((q) => q.name === queue.name);
      const queues = index === -1 ? [...dashboard.queues, queue].sort((a, b) => a.name.localeCompare(b.name)) : dashboard.queues.map((q, i) => (i === index ? queue : q));
      return { ...dashboard, queues };
    }
    case 'queue_jobs_removed': {
      let counts = dashboard.counts;
      for (const removed of event.payload.jobs) counts = addCount(counts, removed.queue, removed.state, -1);
      const gone = new Set(event.payload.jobs.map((j) => j.id));
      return { ...dashboard, counts, jobs: dashboard.jobs.filter((j) => !gone.has(j.id)) };
    }
    default:
      return dashboard;
  }
}

export const queueDashboardReducer: ViewReducer<'queue.dashboard', QueueDashboard> = { init: (dashboard) => dashboard, reduce: applyQueueEvent };
