/** The processes table's columns: #id (linking to its page), workflow and version, status, progress, current step, who started it, when and for how long. */
import type { Process } from '../../../../shared/contract';
import type { DataColumn } from '../../ui/table/DataColumn';
import { RelativeTime } from '../../ui/time/RelativeTime';
import { formatDuration } from '../runs';
import { elapsedMs, processStatusLabels } from './progress/statusText';
import { processRoute } from './workflowsRoutes';

export const processColumns: readonly DataColumn<Process>[] = [
  {
    id: 'id',
    header: 'Process',
    width: 86,
    compare: (a, b) => a.id - b.id,
    firstDir: 'desc',
    cell: (p) => (
      <a href={processRoute.href({ processId: p.id })} className="cell-mono" data-testid="process-link">
        #{p.id}
      </a>
    ),
    filterText: (p) => `#${p.id}`,
  },
  { id: 'workflow', header: 'Workflow', rowHeader: true, sortValue: (p) => p.workflowName, cell: (p) => `${p.workflowName} v${p.version}`, filterText: (p) => p.workflowName },
  {
    id: 'status',
    header: 'Status',
    width: 112,
    sortValue: (p) => processStatusLabels[p.status],
    cell: (p) => (
      <span className="wf-process-status" data-status={p.status} data-testid="process-row-status">
        {processStatusLabels[p.status]}
      </span>
    ),
    filterText: (p) => p.status,
  },
  { id: 'progress', header: 'Progress', width: 84, sortValue: (p) => p.percentage, cell: (p) => `${Math.round(p.percentage)}%`, className: 'cell-mono' },
  { id: 'step', header: 'Current step', width: 140, sortValue: (p) => p.currentStep, filterText: (p) => p.currentStep },
  { id: 'by', header: 'Started by', width: 110, sortValue: (p) => p.startedBy, filterText: (p) => p.startedBy },
  { id: 'created', header: 'Created', width: 100, sortValue: (p) => Date.parse(p.createdAt), firstDir: 'desc', cell: (p) => <RelativeTime iso={p.createdAt} /> },
  {
    id: 'duration',
    header: 'Duration',
    width: 96,
    sortValue: (p) => elapsedMs(p, Date.now()),
    firstDir: 'desc',
    cell: (p) => {
      const ms = elapsedMs(p, Date.now());
      return ms === null ? <span className="cell-muted">—</span> : formatDuration(ms);
    },
  },
];
