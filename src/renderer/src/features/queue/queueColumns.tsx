/** The queue job list's columns: #id, worker, queue, state, attempts, times, progress and errors. */
import type { QueueJob } from '../../../../shared/contract';
import type { DataColumn } from '../../ui/table/DataColumn';
import { RelativeTime } from '../../ui/time/RelativeTime';
import { queueJobRoute } from './queueRoutes';
import { QueueStateBadge } from './QueueStateBadge';
import { stateLabels } from './queueText';

const time = (iso: string | null) => (iso === null ? null : Date.parse(iso));
const timeCell = (iso: string | null) => (iso === null ? <span className="cell-muted">—</span> : <RelativeTime iso={iso} />);

export const queueColumns: readonly DataColumn<QueueJob>[] = [
  {
    id: 'id',
    header: 'Job',
    width: 80,
    rowHeader: true,
    compare: (a, b) => a.id - b.id,
    firstDir: 'desc',
    cell: (j) => (
      <a href={queueJobRoute.href({ jobId: j.id })} className="cell-mono" data-testid="queue-job-link">
        #{j.id}
      </a>
    ),
  },
  { id: 'worker', header: 'Worker', sortValue: (j) => j.worker, title: (j) => JSON.stringify(j.args) },
  { id: 'queue', header: 'Queue', width: 110, sortValue: (j) => j.queue },
  { id: 'state', header: 'State', width: 112, sortValue: (j) => stateLabels[j.state], cell: (j) => <QueueStateBadge state={j.state} testId="queue-job-row-state" /> },
  { id: 'attempt', header: 'Attempt', width: 80, sortValue: (j) => j.attempt, cell: (j) => `${j.attempt}/${j.maxAttempts}`, className: 'cell-mono' },
  { id: 'scheduled', header: 'Scheduled', width: 104, sortValue: (j) => time(j.scheduledAt), firstDir: 'desc', cell: (j) => timeCell(j.scheduledAt) },
  { id: 'finished', header: 'Finished', width: 104, sortValue: (j) => time(j.finishedAt), firstDir: 'desc', cell: (j) => timeCell(j.finishedAt) },
  {
    id: 'progress',
    header: 'Progress',
    width: 90,
    sortValue: (j) => j.progress,
    cell: (j) => (j.progress === null ? <span className="cell-muted">—</span> : `${Math.round(j.progress * 100)}%`),
    title: (j) => j.progressNote ?? undefined,
  },
  { id: 'errors', header: 'Errors', width: 70, sortValue: (j) => j.errors.length, cell: (j) => (j.errors.length ? <span className="queue-error-count">{j.errors.length}</span> : <span className="cell-muted">0</span>) },
];
