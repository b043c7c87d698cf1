/**
 * Reads of the jobs tables, scoped by organization where a caller names a resource. A job is read with its run's
 * agent, times and exit code joined in, as the Builds view shows it.
 * @internal Used by the jobs context only.
 */
import { RECENT_JOBS_KEPT, type Job, type Run } from '../../../shared/contract';
import type { Db } from '../../kernel/db/openDatabase';

interface JobRow {
  id: number;
  org_id: string;
  name: string;
  command: string;
  status: Job['status'];
  created_at: string;
  run_id: number | null;
  agent_uuid: string | null;
  agent_hostname: string | null;
  started_at: string | null;
  finished_at: string | null;
  exit_code: number | null;
  cancel_requested: number | null;
  rerun_of: number | null;
  scheduled_by: string;
}

interface RunRow {
  id: number;
  job_id: number;
  org_id: string;
  agent_uuid: string;
  agent_hostname: string;
  job_name: string;
  command: string;
  status: Run['status'];
  exit_code: number | null;
  created_at: string;
  started_at: string | null;
  finished_at: string | null;
  console_length: number;
  cancel_requested: number;
}

const toJob = (r: JobRow): Job => ({
  id: r.id,
  orgId: r.org_id,
  name: r.name,
  command: r.command,
  status: r.status,
  createdAt: r.created_at,
  runId: r.run_id,
  agentUuid: r.agent_uuid,
  agentHostname: r.agent_hostname,
  startedAt: r.started_at,
  finishedAt: r.finished_at,
  exitCode: r.exit_code,
  cancelRequested: r.cancel_requested === 1,
  rerunOf: r.rerun_of,
  scheduledBy: r.scheduled_by,
});

const toRun = (r: RunRow): Run => ({
  id: r.id,
  jobId: r.job_id,
  orgId: r.org_id,
  agentUuid: r.agent_uuid,
  agentHostname: r.agent_hostname,
  jobName: r.job_name,
  command: r.command,
  status: r.status,
  exitCode: r.exit_code,
  createdAt: r.created_at,
  startedAt: r.started_at,
  finishedAt: r.finished_at,
  consoleLength: r.console_length,
  cancelRequested: r.cancel_requested === 1,
});

export interface JobRows {
  job(orgId: string, id: number): Job | undefined;
  /** Every queued or running job and the most recent finished ones, newest first (the Builds view). */
  list(orgId: string): Job[];
  run(id: number): Run | undefined;
  runsOfAgent(orgId: string, agentUuid: string, limit: number): Run[];
  pendingCount(orgId: string): number;
  oldestScheduled(orgId: string): Job | undefined;
  /** An agent's run that is assigned or building, if any. */
  activeRunOf(orgId: string, agentUuid: string): Run | undefined;
  /** Every assigned or building run, of every organization (reclaiming runs of lost agents). */
  activeRuns(): Run[];
  console(runId: number): string;
}

const jobSelect = `SELECT j.id, j.org_id, j.name, j.command, j.status, j.created_at, j.rerun_of, j.scheduled_by, r.id AS run_id, r.agent_uuid,
    r.agent_hostname, r.started_at, COALESCE(r.finished_at, j.finished_at) AS finished_at, r.exit_code, r.cancel_requested
  FROM jobs j LEFT JOIN runs r ON r.job_id = j.id`;
const runSelect = `SELECT r.*, j.name AS job_name, j.command FROM runs r JOIN jobs j ON j.id = r.job_id`;
const unfinished = "('scheduled', 'assigned', 'building')";

export function createJobRows(db: Db): JobRows {
  const job = db.prepare<[string, number], JobRow>(`${jobSelect} WHERE j.org_id = ? AND j.id = ?`);
  const list = db.prepare<[string, string, number], JobRow>(
    `${jobSelect} WHERE j.id IN (
       SELECT id FROM jobs WHERE org_id = ? AND status IN ${unfinished}
       UNION ALL SELECT id FROM (SELECT id FROM jobs WHERE org_id = ? AND status NOT IN ${unfinished} ORDER BY id DESC LIMIT ?)
     ) ORDER BY j.id DESC`,
  );
  const run = db.prepare<[number], RunRow>(`${runSelect} WHERE r.id = ?`);
  const runsOfAgent = db.prepare<[string, string, number], RunRow>(`${runSelect} WHERE r.org_id = ? AND r.agent_uuid = ? ORDER BY r.id DESC LIMIT ?`);
  const pending = db.prepare<[string], number>("SELECT count(*) FROM jobs WHERE org_id = ? AND status = 'scheduled'").pluck();
  const oldest = db.prepare<[string], JobRow>(`${jobSelect} WHERE j.org_id = ? AND j.status = 'scheduled' ORDER BY j.id LIMIT 1`);
  const active = db.prepare<[string, string], RunRow>(
    `${runSelect} WHERE r.org_id = ? AND r.agent_uuid = ? AND r.status IN ('assigned', 'building') ORDER BY r.id LIMIT 1`,
  );
  const allActive = db.prepare<[], RunRow>(`${runSelect} WHERE r.status IN ('assigned', 'building') ORDER BY r.id`);
  const chunks = db.prepare<[number], string>('SELECT text FROM run_console WHERE run_id = ? ORDER BY offset').pluck();
  const one = <R, T>(row: R | undefined, to: (row: R) => T) => (row === undefined ? undefined : to(row));
  return {
    job: (orgId, id) => one(job.get(orgId, id), toJob),
    list: (orgId) => list.all(orgId, orgId, RECENT_JOBS_KEPT).map(toJob),
    run: (id) => one(run.get(id), toRun),
    runsOfAgent: (orgId, agentUuid, limit) => runsOfAgent.all(orgId, agentUuid, limit).map(toRun),
    pendingCount: (orgId) => pending.get(orgId) ?? 0,
    oldestScheduled: (orgId) => one(oldest.get(orgId), toJob),
    activeRunOf: (orgId, agentUuid) => one(active.get(orgId, agentUuid), toRun),
    activeRuns: () => allActive.all().map(toRun),
    console: (runId) => chunks.all(runId).join(''),
  };
}
