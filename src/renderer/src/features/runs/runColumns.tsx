/** The columns of an agent's job history: run number, job (linking to the run), status, start and duration. */
import type { Run } from '../../../../shared/contract';
import type { DataColumn } from '../../ui/table/DataColumn';
import { RelativeTime } from '../../ui/time/RelativeTime';
import { runElapsed } from './formatDuration';
import { RunDuration } from './RunDuration';
import { RunStatusBadge } from './RunStatusBadge';
import { runRoute } from './runsRoutes';
import { statusLabels } from './statusLabels';

export const runColumns: readonly DataColumn<Run>[] = [
  // Ids grow with time: sorting by run number is sorting by when the agent took the job.
  { id: 'run', header: 'Run', width: 76, sortValue: (r) => r.id, firstDir: 'desc', cell: (r) => <span className="cell-mono cell-muted">#{r.id}</span>, filterText: (r) => `#${r.id}` },
  {
    id: 'job',
    header: 'Job',
    rowHeader: true,
    sortValue: (r) => r.jobName,
    cell: (r) => (
      <a href={runRoute.href({ runId: r.id })} className="job-link" data-testid="run-link">
        {r.jobName}
      </a>
    ),
    filterText: (r) => `${r.jobName} ${r.command}`,
    title: (r) => r.command,
  },
  { id: 'status', header: 'Status', width: 130, sortValue: (r) => statusLabels[r.status], cell: (r) => <RunStatusBadge status={r.status} /> },
  {
    id: 'started',
    header: 'Started',
    width: 120,
    sortValue: (r) => (r.startedAt ? Date.parse(r.startedAt) : null),
    firstDir: 'desc',
    cell: (r) => (r.startedAt ? <RelativeTime iso={r.startedAt} /> : <span className="cell-muted">—</span>),
  },
  { id: 'duration', header: 'Duration', width: 110, sortValue: (r) => runElapsed(r, Date.now()), firstDir: 'desc', cell: (r) => <RunDuration run={r} />, className: 'cell-duration' },
];
