/** A run's duration, ticking every second while it builds; "—" before it started. */
import type { Run } from '../../../../shared/contract';
import { formatDuration, runElapsed } from './formatDuration';
import { useSecondTick } from './useSecondTick';

export function RunDuration({ run }: { run: Run }) {
  const now = useSecondTick(run.status === 'building');
  const elapsed = runElapsed(run, now);
  return <span className="run-duration">{elapsed === null ? '—' : formatDuration(elapsed)}</span>;
}
