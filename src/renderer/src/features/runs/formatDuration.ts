/**
 * Durations for runs and jobs: "3.2 s", "4 min 05 s", "2 h 10 min", and how long a run took (or has been taking).
 * Pure, so the ticking components stay trivial. A job and its run share the times, so both read the same way.
 */
import type { Run } from '../../../../shared/contract';
import { statusLabels } from './statusLabels';

/** What a duration is read from: a run, or a job (which carries its run's times). */
export type Timed = Pick<Run, 'startedAt' | 'finishedAt'>;

export function formatDuration(ms: number): string {
  const safe = Math.max(0, ms);
  if (safe < 60_000) return `${(Math.floor(safe / 100) / 10).toFixed(1)} s`;
  const seconds = Math.floor(safe / 1000);
  if (seconds < 3600) return `${Math.floor(seconds / 60)} min ${String(seconds % 60).padStart(2, '0')} s`;
  return `${Math.floor(seconds / 3600)} h ${String(Math.floor((seconds % 3600) / 60)).padStart(2, '0')} min`;
}

/** How long it has been building or took, in ms; null before it started. */
export function runElapsed(run: Timed, now: number): number | null {
  if (!run.startedAt) return null;
  const end = run.finishedAt ? Date.parse(run.finishedAt) : now;
  return Math.max(0, end - Date.parse(run.startedAt));
}

/** The run page's one-line summary: "Passed in 3.2 s", "Building for 12.0 s", "Waiting to start". */
export function describeDuration(run: Run, now: number): string {
  const elapsed = runElapsed(run, now);
  if (elapsed === null) return run.status === 'cancelled' ? 'Cancelled before it started' : 'Waiting to start';
  const took = formatDuration(elapsed);
  switch (run.status) {
    case 'building':
      return `Building for ${took}`;
    case 'cancelled':
      return `Cancelled after ${took}`;
    case 'assigned':
      return 'Waiting to start';
    default:
      return `${statusLabels[run.status]} in ${took}`;
  }
}
