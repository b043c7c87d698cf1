/**
 * The Queue view (`#/queue`, `#/queue/jobs/<id>`): Oban Web's dashboard for the work queue. Live counts per state
 * (each a filter) and per queue with Pause / Resume, a throughput chart of jobs completed and failed per second, the
 * filterable job list on the shared table, and one job's detail beside it.
 */
import { useCallback, useMemo } from 'react';
import type { QueueDashboard, QueueJob } from '../../../../shared/contract';
import { useStore } from '../../stores/useStore';
import { ReplicaView } from '../../ui/replica/ReplicaView';
import { DataTable } from '../../ui/table/DataTable';
import type { RowAttributes } from '../../ui/table/DataColumn';
import { FilterCount } from '../../ui/table/FilterCount';
import { TableFilter } from '../../ui/table/TableFilter';
import { queueColumns } from './queueColumns';
import { queueDashboardStore } from './queueDashboardStore';
import { QueueJobPanel } from './QueueJobPanel';
import { queueJobRoute } from './queueRoutes';
import { QueueSummary } from './QueueSummary';
import { matchesQueueJob } from './queueText';
import { ThroughputChart } from './ThroughputChart';
import './queue.css';

const noun = { one: 'queue job', other: 'queue jobs' };
const getRowId = (job: QueueJob) => String(job.id);
const rowVersion = (job: QueueJob) => `${job.state}:${job.attempt}:${job.progress ?? ''}:${job.cancelRequested}`;
const open = (job: QueueJob) => {
  location.hash = queueJobRoute.href({ jobId: job.id });
};

function Dashboard({ dashboard, filter, selected }: { dashboard: QueueDashboard; filter: string; selected: number | undefined }) {
  const state = useStore(queueDashboardStore, (s) => s.stateFilter);
  const setState = useStore(queueDashboardStore, (s) => s.setStateFilter);
  const pending = useStore(queueDashboardStore, (s) => s.pendingJobs);
  const jobs = useMemo(() => (state ? dashboard.jobs.filter((j) => j.state === state) : dashboard.jobs), [dashboard.jobs, state]);
  const rowProps = useCallback(
    (job: QueueJob): RowAttributes => ({
      'data-testid': 'queue-job-row',
      'data-job-id': job.id,
      'data-state': job.state,
      'data-selected': job.id === selected ? 'true' : undefined,
      'aria-busy': pending[job.id] ? true : undefined,
      className: job.id === selected ? 'queue-row-selected' : undefined,
    }),
    [selected, pending],
  );
  return (
    <div className="queue-layout">
      <div className="queue-main">
        <QueueSummary queues={dashboard.queues} counts={dashboard.counts} state={state} onState={setState} />
        <ThroughputChart throughput={dashboard.throughput} />
        <DataTable<QueueJob>
          rows={jobs}
          columns={queueColumns}
          getRowId={getRowId}
          filter={filter}
          matches={matchesQueueJob}
          noun={noun}
          initialSort={{ columnId: 'id', dir: 'desc' }}
          rowVersion={rowVersion}
          rowProps={rowProps}
          onRowActivate={open}
          caption={state ? `Queue jobs, ${state} only` : 'Queue jobs'}
          testId="queue-jobs"
          className="queue-jobs-table"
          empty={state ? `No ${state} jobs.` : 'No queue jobs yet: starting a workflow process enqueues its steps here.'}
        />
      </div>
      {selected !== undefined && <QueueJobPanel jobId={selected} job={dashboard.jobs.find((j) => j.id === selected)} />}
    </div>
  );
}

export function QueueView({ params }: { params: { jobId?: number } }) {
  const status = useStore(queueDashboardStore, (s) => s.status);
  const data = useStore(queueDashboardStore, (s) => s.data);
  const error = useStore(queueDashboardStore, (s) => s.error);
  const filter = useStore(queueDashboardStore, (s) => s.filter);
  const setFilter = useStore(queueDashboardStore, (s) => s.setFilter);
  return (
    <div className="view queue-view">
      <div className="view-toolbar">
        <TableFilter value={filter} onChange={setFilter} label="Filter queue jobs" placeholder="Filter by #id, worker, queue, state or args" testId="queue-filter" />
        {data && <FilterCount rows={data.jobs} filter={filter} matches={matchesQueueJob} noun={noun} testId="queue-count" />}
      </div>
      <ReplicaView state={{ status, data, error }} label="the queue" testId="queue">
        {(dashboard) => <Dashboard dashboard={dashboard} filter={filter} selected={params.jobId} />}
      </ReplicaView>
    </div>
  );
}
