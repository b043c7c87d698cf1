/**
 * The Builds tables' columns: name, command (expandable, copyable), agent, status, queued/started/finished times,
 * duration and the job's action. Each group shows the times it has (a queued job has not started), so its table
 * stays narrow enough to read. Times sort newest first on the first click.
 */
import type { Job } from '../../../../shared/contract';
import { CommandCell } from '../../ui/command/CommandCell';
import type { DataColumn } from '../../ui/table/DataColumn';
import { RelativeTime } from '../../ui/time/RelativeTime';
import { RunDuration, RunStatusBadge, runElapsed, statusLabels } from '../runs';
import { JobAgentCell, JobNameCell } from './BuildCells';
import type { JobGroup } from './groupJobs';
import { JobActions } from './JobActions';

type Column = DataColumn<Job>;

const time = (iso: string | null) => (iso === null ? null : Date.parse(iso));
const timeCell = (iso: string | null) => (iso === null ? <span className="cell-muted">—</span> : <RelativeTime iso={iso} />);

const name: Column = { id: 'name', header: 'Name', rowHeader: true, sortValue: (j) => j.name, cell: (j) => <JobNameCell job={j} />, title: (j) => `${j.name} #${j.id}` };
const command: Column = {
  id: 'command',
  header: 'Command',
  width: 160,
  sortValue: (j) => j.command,
  cell: (j) => <CommandCell command={j.command} label={`command of ${j.name} #${j.id}`} />,
  title: () => undefined,
};
const agent: Column = { id: 'agent', header: 'Agent', width: 150, sortValue: (j) => j.agentHostname, cell: (j) => <JobAgentCell job={j} />, title: (j) => j.agentHostname ?? undefined };
const status: Column = { id: 'status', header: 'Status', width: 104, sortValue: (j) => statusLabels[j.status], cell: (j) => <RunStatusBadge status={j.status} testId="build-status" /> };
// Ids grow with time, so the queue order is the id order, without ties between jobs queued in one millisecond.
const queued: Column = { id: 'queued', header: 'Queued', width: 96, compare: (a, b) => a.id - b.id, firstDir: 'desc', cell: (j) => timeCell(j.createdAt), title: (j) => j.createdAt };
const started: Column = { id: 'started', header: 'Started', width: 96, sortValue: (j) => time(j.startedAt), firstDir: 'desc', cell: (j) => timeCell(j.startedAt) };
const finished: Column = { id: 'finished', header: 'Finished', width: 96, sortValue: (j) => time(j.finishedAt), firstDir: 'desc', cell: (j) => timeCell(j.finishedAt) };
const duration: Column = { id: 'duration', header: 'Duration', width: 96, sortValue: (j) => runElapsed(j, Date.now()), firstDir: 'desc', cell: (j) => <RunDuration run={j} />, className: 'cell-duration' };
const actions: Column = { id: 'actions', header: 'Actions', hideHeader: true, width: 100, cell: (j) => <JobActions job={j} />, className: 'cell-build-actions' };

export const buildColumns: Record<JobGroup, readonly Column[]> = {
  queued: [name, command, agent, status, queued, actions],
  running: [name, command, agent, status, queued, started, duration, actions],
  recent: [name, command, agent, status, queued, started, finished, duration, actions],
};
