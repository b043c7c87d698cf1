/** How long a run (or a job, by its run's times) took, ticking every second while it builds; "—" before it started. */
import type { JobStatus } from '../../../../shared/contract';
import { formatDuration, runElapsed, type Timed } from './formatDuration';
import { useSecondTick } from './useSecondTick';

export function RunDuration({ run }: { run: Timed & { status: JobStatus } }) {
  const now = useSecondTick(run.status === 'building');
  const elapsed = runElapsed(run, now);
  return <span className="run-duration">{elapsed === null ? '—' : formatDuration(elapsed)}</span>;
}
