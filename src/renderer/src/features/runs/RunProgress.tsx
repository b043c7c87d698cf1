/**
 * A building run's progress against the previous run of the same job: a bar (never past 99% until the run ends),
 * elapsed time and "about N s left". Without a previous run the bar is indeterminate and says there is no estimate.
 */
import type { Run } from '../../../../shared/contract';
import { ProgressBar } from '../../ui/progress/ProgressBar';
import { formatDuration, runElapsed } from './formatDuration';
import { describeRemaining, estimateMs, runProgress } from './runEstimate';
import { usePreviousRun } from './usePreviousRun';
import { useSecondTick } from './useSecondTick';

export function RunProgress({ run }: { run: Run }) {
  const now = useSecondTick(true);
  const previous = usePreviousRun(run);
  const elapsed = runElapsed(run, now) ?? 0;
  const estimate = previous && estimateMs(previous);
  if (estimate === undefined) {
    return (
      <ProgressBar value={undefined} label="Build progress" testId="run-progress">
        {formatDuration(elapsed)} elapsed · no estimate yet: this job has no finished run to compare with
      </ProgressBar>
    );
  }
  const progress = runProgress(elapsed, estimate);
  const remaining = describeRemaining(progress, estimate);
  return (
    <ProgressBar value={progress.percent} label="Build progress" valueText={`${progress.percent}%, ${remaining}`} testId="run-progress">
      <span data-testid="run-progress-caption">
        {formatDuration(elapsed)} elapsed · {remaining}
      </span>
    </ProgressBar>
  );
}
