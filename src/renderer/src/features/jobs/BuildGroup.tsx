/**
 * One live group of the Builds view (queued, running or recent): its heading with a count, and a DataTable of its
 * jobs, sortable and filtered by the view's filter box. The picked job (`#/builds/<id>`) is highlighted.
 */
import { useCallback, type ReactNode } from 'react';
import type { Job } from '../../../../shared/contract';
import { useStore } from '../../stores/useStore';
import type { Noun, RowAttributes } from '../../ui/table/DataColumn';
import { DataTable } from '../../ui/table/DataTable';
import { buildColumns } from './buildColumns';
import { matchesJob, type JobGroup } from './groupJobs';
import { jobHref } from './jobHref';
import { jobsStore } from './jobsStore';

interface GroupText {
  title: string;
  noun: Noun;
  caption: string;
  empty: string;
}

const groupText: Record<JobGroup, GroupText> = {
  queued: { title: 'Queued', noun: { one: 'queued job', other: 'queued jobs' }, caption: 'Queued jobs, waiting for an agent', empty: 'Nothing is queued — Schedule job adds one.' },
  running: { title: 'Running', noun: { one: 'running job', other: 'running jobs' }, caption: 'Running jobs', empty: 'Nothing is running: an agent picks up queued jobs as it asks for work.' },
  recent: { title: 'Recent', noun: { one: 'finished job', other: 'finished jobs' }, caption: 'Recently finished jobs', empty: 'No finished jobs yet.' },
};

const getRowId = (job: Job) => String(job.id);
const rowVersion = (job: Job) => `${job.status}:${job.cancelRequested}:${job.agentUuid ?? ''}`;
const activate = (job: Job) => {
  location.hash = jobHref(job);
};

interface Props {
  group: JobGroup;
  jobs: readonly Job[];
  filter: string;
  selected: number | undefined;
  /** Shown beside the heading, e.g. why queued jobs wait. */
  note?: ReactNode;
}

export function BuildGroup({ group, jobs, filter, selected, note }: Props) {
  const text = groupText[group];
  const pending = useStore(jobsStore, (s) => s.pending);
  const headingId = `builds-${group}-heading`;
  const rowProps = useCallback(
    (job: Job): RowAttributes => ({
      'data-testid': 'build-row',
      'data-job-id': job.id,
      'data-status': job.status,
      'data-group': group,
      'data-selected': job.id === selected ? 'true' : undefined,
      'aria-busy': pending[job.id] ? true : undefined,
      className: job.id === selected ? 'build-row-selected' : undefined,
    }),
    [group, selected, pending],
  );
  return (
    <section className="builds-group" data-group={group} aria-labelledby={headingId}>
      <div className="builds-group-header">
        <h3 className="builds-group-heading" id={headingId}>
          {text.title} <span className="builds-group-count" data-testid={`builds-${group}-count`}>{jobs.length}</span>
        </h3>
        {note}
      </div>
      <DataTable<Job>
        rows={jobs}
        columns={buildColumns[group]}
        getRowId={getRowId}
        filter={filter}
        matches={matchesJob}
        noun={text.noun}
        initialSort={{ columnId: 'queued', dir: 'desc' }}
        rowVersion={rowVersion}
        rowProps={rowProps}
        onRowActivate={activate}
        empty={text.empty}
        caption={text.caption}
        testId={`builds-${group}`}
        className={`builds-table builds-table-${group}`}
      />
    </section>
  );
}
