/** The run page's "Estimate": how long the previous run of the same job took, linking to that run. */
import type { Run } from '../../../../shared/contract';
import { formatDuration } from './formatDuration';
import { estimateMs } from './runEstimate';
import { runRoute } from './runsRoutes';
import { statusLabels } from './statusLabels';
import { usePreviousRun } from './usePreviousRun';

export function RunEstimate({ run }: { run: Run }) {
  const previous = usePreviousRun(run);
  const ms = previous && estimateMs(previous);
  if (!previous || ms === undefined) return null;
  const which = previous.runId === null ? `#${previous.id}` : <a href={runRoute.href({ runId: previous.runId })}>#{previous.runId}</a>;
  return (
    <div>
      <dt>Estimate</dt>
      <dd data-testid="run-estimate">
        {formatDuration(ms)} <span className="muted">(previous run {which}, {statusLabels[previous.status].toLowerCase()})</span>
      </dd>
    </div>
  );
}
