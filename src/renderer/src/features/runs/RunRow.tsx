/**
 * One run in an agent's job history. The job name is the link to the run page; a click anywhere else on the row
 * follows it too, for the mouse. The row flashes when the run changes live, like the agents table's rows.
 */
import { memo, type MouseEvent } from 'react';
import type { Run } from '../../../../shared/contract';
import { RelativeTime } from '../../ui/time/RelativeTime';
import { useRowFlash } from '../../widgets/useRowFlash';
import { RunDuration } from './RunDuration';
import { RunStatusBadge } from './RunStatusBadge';
import { runRoute } from './runsRoutes';

export const RunRow = memo(function RunRow({ run, isNew }: { run: Run; isNew: boolean }) {
  const href = runRoute.href({ runId: run.id });
  const { flash, onAnimationEnd } = useRowFlash(`${run.status}:${run.finishedAt ?? ''}`, undefined, isNew);
  const onClick = (event: MouseEvent) => {
    // Let the link, and text selection, behave as they do anywhere else.
    if ((event.target as HTMLElement).closest('a') || window.getSelection()?.toString()) return;
    location.hash = href;
  };
  return (
    <tr
      className="run-row"
      data-testid="run-row"
      data-run-id={run.id}
      data-status={run.status}
      data-flash={flash}
      onAnimationEnd={onAnimationEnd}
      onClick={onClick}
    >
      <th scope="row" className="cell-job">
        <span className="job-cell">
          <a href={href} className="job-link" title={run.command}>
            {run.jobName}
          </a>
          <span className="cell-muted cell-mono">#{run.id}</span>
        </span>
      </th>
      <td>
        <RunStatusBadge status={run.status} />
      </td>
      <td className="cell-muted">{run.startedAt ? <RelativeTime iso={run.startedAt} /> : '—'}</td>
      <td className="cell-duration">
        <RunDuration run={run} />
      </td>
    </tr>
  );
});
