/**
 * The Builds view (`#/builds`, `#/builds/<jobId>`): every job of the organization in three live groups (queued,
 * running, recent), one filter for all of them, and "Schedule job". A picked job is highlighted and scrolled to;
 * queued jobs say when no enabled agent is online to take them.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Job } from '../../../../shared/contract';
import { useStore } from '../../stores/useStore';
import { ReplicaView } from '../../ui/replica/ReplicaView';
import { FilterCount } from '../../ui/table/FilterCount';
import { TableFilter } from '../../ui/table/TableFilter';
import { BuildGroup } from './BuildGroup';
import { groupJobs, jobGroupOrder, matchesJob } from './groupJobs';
import { jobsStore } from './jobsStore';
import { ScheduleJobButton } from './ScheduleJobButton';
import { useAgentOnline } from './useAgentOnline';
import './builds.css';

const noun = { one: 'build', other: 'builds' };

function BuildGroups({ jobs, filter, selected }: { jobs: readonly Job[]; filter: string; selected: number | undefined }) {
  const groups = useMemo(() => groupJobs(jobs), [jobs]);
  const online = useAgentOnline();
  const found = selected !== undefined && jobs.some((j) => j.id === selected);
  const container = useRef<HTMLDivElement>(null);
  // Once, when the picked job is first on screen: later live moves between groups must not yank the scroll.
  const scrolled = useRef(false);
  useEffect(() => {
    if (!found || scrolled.current) return;
    scrolled.current = true;
    container.current?.querySelector(`[data-testid="build-row"][data-job-id="${selected}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [found, selected]);

  const waiting = online === false && groups.queued.length > 0 && (
    <span className="build-waiting builds-group-note" data-testid="builds-waiting">
      waiting: no agent online — start <code>switchboard-agent</code> or enable an agent
    </span>
  );
  return (
    <div className="builds-groups" ref={container}>
      {selected !== undefined && !found && (
        <p className="banner" role="status" data-testid="builds-missing">
          Job #{selected} is not in the list: it belongs to another organization or is older than the most recent builds.
        </p>
      )}
      {jobGroupOrder.map((group) => (
        <BuildGroup key={group} group={group} jobs={groups[group]} filter={filter} selected={selected} note={group === 'queued' ? waiting : undefined} />
      ))}
    </div>
  );
}

export function BuildsView({ params }: { params: { jobId?: number } }) {
  const status = useStore(jobsStore, (s) => s.status);
  const data = useStore(jobsStore, (s) => s.data);
  const error = useStore(jobsStore, (s) => s.error);
  const [filter, setFilter] = useState('');
  return (
    <div className="view builds-view">
      <div className="view-toolbar">
        <TableFilter value={filter} onChange={setFilter} label="Filter builds" placeholder="Filter by name, command, agent or status" testId="builds-filter" />
        {data && <FilterCount rows={data} filter={filter} matches={matchesJob} noun={noun} testId="builds-count" />}
        <span className="builds-toolbar-end">
          <ScheduleJobButton />
        </span>
      </div>
      <ReplicaView
        state={{ status, data, error }}
        label="builds"
        testId="builds"
        isEmpty={(jobs) => jobs.length === 0}
        empty={
          <>
            No builds yet — <strong>Schedule job</strong> queues one, or <code>POST /api/jobs</code>; a running <code>switchboard-agent</code> picks it up.
          </>
        }
      >
        {(jobs) => <BuildGroups jobs={jobs} filter={filter} selected={params.jobId} />}
      </ReplicaView>
    </div>
  );
}
