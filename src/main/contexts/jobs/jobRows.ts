/**
 * Reads of the jobs tables, scoped by organization where a caller names a resource.
 * @internal Used by the jobs context only.
 */
import type { Job, Run } from '../../../shared/contract';
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
});

export interface JobRows {
  job(orgId: string, id: number): Job | undefined;
  run(id: number): Run | undefined;
  runsOfAgent(agentUuid: string, limit: number): Run[];
  pendingCount(orgId: string): number;
  oldestScheduled(orgId: string): Job | undefined;
  /** An agent's run that is assigned or building, if any. */
  activeRunOf(agentUuid: string): Run | undefined;
  console(runId: number): string;
}

const jobSelect = `SELECT j.id, j.org_id, j.name, j.command, j.status, j.created_at, r.id AS run_id, r.agent_uuid
  FROM jobs j LEFT JOIN runs r ON r.job_id = j.id`;
const runSelect = `SELECT r.*, j.name AS job_name, j.command FROM runs r JOIN jobs j ON j.id = r.job_id`;

export function createJobRows(db: Db): JobRows {
  const job = db.prepare<[string, number], JobRow>(`${jobSelect} WHERE j.org_id = ? AND j.id = ?`);
  const run = db.prepare<[number], RunRow>(`${runSelect} WHERE r.id = ?`);
  const runsOfAgent = db.prepare<[string, number], RunRow>(`${runSelect} WHERE r.agent_uuid = ? ORDER BY r.id DESC LIMIT ?`);
  const pending = db.prepare<[string], number>("SELECT count(*) FROM jobs WHERE org_id = ? AND status = 'scheduled'").pluck();
  const oldest = db.prepare<[string], JobRow>(`${jobSelect} WHERE j.org_id = ? AND j.status = 'scheduled' ORDER BY j.id LIMIT 1`);
  const active = db.prepare<[string], RunRow>(`${runSelect} WHERE r.agent_uuid = ? AND r.status IN ('assigned', 'building') ORDER BY r.id LIMIT 1`);
  const chunks = db.prepare<[number], string>('SELECT text FROM run_console WHERE run_id = ? ORDER BY offset').pluck();
  return {
    job: (orgId, id) => {
      const row = job.get(orgId, id);
      return row && toJob(row);
    },
    run: (id) => {
      const row = run.get(id);
      return row && toRun(row);
    },
    runsOfAgent: (agentUuid, limit) => runsOfAgent.all(agentUuid, limit).map(toRun),
    pendingCount: (orgId) => pending.get(orgId) ?? 0,
    oldestScheduled: (orgId) => {
      const row = oldest.get(orgId);
      return row && toJob(row);
    },
    activeRunOf: (agentUuid) => {
      const row = active.get(agentUuid);
      return row && toRun(row);
    },
    console: (runId) => chunks.all(runId).join(''),
  };
}
