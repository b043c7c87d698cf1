/** The words for process and step statuses, and the widget's time captions ("12.0 s elapsed", "about 8.0 s left"). Pure. */
import type { ProcessStatus, StepStatus } from '../../../../../shared/contract/workflows';
import { formatDuration } from '../../runs';
import type { ProgressState } from './progressState';

export const processStatusLabels: Record<ProcessStatus, string> = { queued: 'Queued', running: 'Running', completed: 'Completed', failed: 'Failed', cancelled: 'Cancelled' };
export const stepStatusLabels: Record<StepStatus, string> = { pending: 'Pending', running: 'Running', completed: 'Done', failed: 'Failed', skipped: 'Skipped' };

/** How long the process has run (or ran), or null before it started. */
export function elapsedMs(progress: Pick<ProgressState, 'startedAt' | 'finishedAt'>, now: number): number | null {
  if (!progress.startedAt) return null;
  const start = Date.parse(progress.startedAt);
  const end = progress.finishedAt ? Date.parse(progress.finishedAt) : now;
  return Number.isNaN(start) || Number.isNaN(end) ? null : Math.max(0, end - start);
}

/** "about 8.0 s left", "finishing…" once past its estimate, or "no estimate yet". */
export function describeEta(eta: number | null, now: number): string {
  if (eta === null) return 'no estimate yet';
  const left = eta - now;
  return left > 0 ? `about ${formatDuration(left)} left` : 'finishing…';
}

/** A step's duration: its final one, or how long it has been running. */
export function stepDurationMs(activity: { status: StepStatus; startedAt: string | null; durationMs: number | null }, now: number): number | null {
  if (activity.durationMs !== null) return activity.durationMs;
  if (activity.status !== 'running' || !activity.startedAt) return null;
  const start = Date.parse(activity.startedAt);
  return Number.isNaN(start) ? null : Math.max(0, now - start);
}
