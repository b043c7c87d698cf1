/**
 * The run page's estimate: how long the previous finished run of the same job took, and how far along a building
 * run is against it. Pure; the previous run is looked up in the Builds list (jobs.list), so no new server view.
 */
import type { Job } from '../../../../shared/contract';
import { formatDuration } from './formatDuration';

/** The job whose run is the estimate: the newest passed or failed job of the same name, other than this one. */
export function previousRunOf(jobs: readonly Job[], current: { jobId: number; jobName: string }): Job | undefined {
  let best: Job | undefined;
  for (const job of jobs) {
    // A cancelled run stopped part-way, so its duration says nothing about a whole run.
    if (job.id === current.jobId || job.name !== current.jobName || (job.status !== 'passed' && job.status !== 'failed')) continue;
    if (estimateMs(job) === undefined) continue;
    if (!best || job.id > best.id) best = job;
  }
  return best;
}

/** How long a finished job's run took, or undefined without both times. */
export function estimateMs(job: Pick<Job, 'startedAt' | 'finishedAt'>): number | undefined {
  if (!job.startedAt || !job.finishedAt) return undefined;
  const ms = Date.parse(job.finishedAt) - Date.parse(job.startedAt);
  return Number.isNaN(ms) ? undefined : Math.max(0, ms);
}

/** How far a building run is against its estimate. */
export interface RunProgress {
  /** 0–99: a run is never shown done before it has finished. */
  percent: number;
  remainingMs: number;
  /** It has taken longer than the estimate. */
  overdue: boolean;
}

export const MAX_PERCENT_WHILE_BUILDING = 99;

export function runProgress(elapsedMs: number, estimate: number): RunProgress {
  const elapsed = Math.max(0, elapsedMs);
  if (estimate <= 0) return { percent: MAX_PERCENT_WHILE_BUILDING, remainingMs: 0, overdue: elapsed > 0 };
  const percent = Math.min(MAX_PERCENT_WHILE_BUILDING, Math.floor((elapsed / estimate) * 100));
  return { percent, remainingMs: Math.max(0, estimate - elapsed), overdue: elapsed > estimate };
}

/** The ETA in words: "about 12 s left", "about 3 min left", or that it runs past the estimate. */
export function describeRemaining({ remainingMs, overdue }: RunProgress, estimate: number): string {
  if (overdue) return `longer than the previous run (${formatDuration(estimate)})`;
  const seconds = Math.ceil(remainingMs / 1000);
  if (seconds < 1) return 'about to finish';
  if (seconds < 90) return `about ${seconds} s left`;
  return `about ${Math.round(seconds / 60)} min left`;
}
