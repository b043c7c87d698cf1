/**
 * The jobs context's writes. Each runs in one kernel write, so a job, its run and the events about them commit
 * together. Assignment is a single synchronous transaction, so a job goes to exactly one agent even when agents
 * ask at the same moment.
 * @internal Used by the jobs context's index.
 */
import {
  ConflictError,
  NotFoundError,
  agentRunsTopic,
  finishedStatuses,
  runConsoleTopic,
  schedulerTopic,
  type ActorRef,
  type Job,
  type Run,
  type RunStatus,
} from '../../../shared/contract';
import type { Actor } from '../../kernel/actor';
import type { Emit, Write } from '../../kernel/createWriter';
import type { Db } from '../../kernel/db/openDatabase';
import type { JobRows } from './jobRows';

/** What the jobs context needs to know of an agent (given by the composition root, from the agents context). */
export interface AgentDirectory {
  find(orgId: string, uuid: string): { uuid: string; hostname: string; enabled: boolean } | undefined;
  /** The organization an agent belongs to, whoever asks. */
  orgOf(uuid: string): string | undefined;
}

export interface JobCommands {
  schedule(actor: Actor, input: { name: string; command: string }): Job;
  askForWork(actor: Actor, agentUuid: string): { job: Job; run: Run } | null;
  reportStatus(actor: Actor, input: { runId: number; status: Exclude<RunStatus, 'assigned'>; exitCode?: number | null | undefined }): Run;
  appendConsole(actor: Actor, input: { runId: number; text: string }): { consoleLength: number };
}

const schedulerOf = (orgId: string) => schedulerTopic.build({ org: orgId });
const agentRunsOf = (agent: string) => agentRunsTopic.build({ agent });
const consoleOf = (runId: number) => runConsoleTopic.build({ run: String(runId) });
/** The agent protocol's calls come with the organization's token; the agent they concern is who acted. */
const agentRef = (uuid: string): ActorRef => ({ kind: 'agent', id: uuid });

export function createJobCommands(db: Db, write: Write, rows: JobRows, agents: AgentDirectory): JobCommands {
  const insertJob = db.prepare("INSERT INTO jobs (org_id, name, command, status, created_at) VALUES (?, ?, ?, 'scheduled', ?)");
  const takeJob = db.prepare("UPDATE jobs SET status = 'assigned' WHERE id = ? AND status = 'scheduled'");
  const insertRun = db.prepare(
    "INSERT INTO runs (job_id, org_id, agent_uuid, agent_hostname, status, created_at) VALUES (?, ?, ?, ?, 'assigned', ?)",
  );
  const updateRun = db.prepare(
    'UPDATE runs SET status = @status, exit_code = @exitCode, started_at = @startedAt, finished_at = @finishedAt WHERE id = @id',
  );
  const updateJobStatus = db.prepare('UPDATE jobs SET status = ? WHERE id = ?');
  const insertChunk = db.prepare('INSERT INTO run_console (run_id, offset, text) VALUES (?, ?, ?)');
  const growConsole = db.prepare('UPDATE runs SET console_length = ? WHERE id = ?');

  function ownRun(actor: Actor, runId: number): Run {
    const run = rows.run(runId);
    if (!run || run.orgId !== actor.orgId) throw new NotFoundError(`No run ${runId} in this organization`);
    return run;
  }

  function publishRun(emit: Emit, runId: number): Run {
    const run = rows.run(runId)!;
    emit(agentRunsOf(run.agentUuid), { type: 'run_updated', payload: { run } });
    emit(consoleOf(run.id), { type: 'run_updated', payload: { run } });
    return run;
  }

  return {
    schedule(actor, input) {
      return write(actor.ref, (emit) => {
        const id = Number(insertJob.run(actor.orgId, input.name, input.command, new Date().toISOString()).lastInsertRowid);
        emit(schedulerOf(actor.orgId), { type: 'pending_count', payload: { count: rows.pendingCount(actor.orgId) } });
        return rows.job(actor.orgId, id)!;
      });
    },
    askForWork(actor, agentUuid) {
      const agent = agents.find(actor.orgId, agentUuid);
      if (!agent) throw new NotFoundError(`No agent ${agentUuid} in this organization`);
      if (!agent.enabled) return null;
      return write(agentRef(agentUuid), (emit) => {
        // An agent that asks while it still holds work (it restarted) gets that work again, not a second job.
        const active = rows.activeRunOf(agentUuid);
        if (active) return { job: rows.job(actor.orgId, active.jobId)!, run: active };
        const job = rows.oldestScheduled(actor.orgId);
        if (!job || takeJob.run(job.id).changes !== 1) return null;
        const runId = Number(insertRun.run(job.id, actor.orgId, agentUuid, agent.hostname, new Date().toISOString()).lastInsertRowid);
        const run = rows.run(runId)!;
        emit(agentRunsOf(agentUuid), { type: 'run_created', payload: { run } });
        emit(schedulerOf(actor.orgId), { type: 'pending_count', payload: { count: rows.pendingCount(actor.orgId) } });
        return { job: rows.job(actor.orgId, job.id)!, run };
      });
    },
    reportStatus(actor, input) {
      const run = ownRun(actor, input.runId);
      return write(agentRef(run.agentUuid), (emit) => {
        if (finishedStatuses.includes(run.status)) {
          if (run.status === input.status) return run; // a repeated final report changes nothing
          throw new ConflictError(`Run ${run.id} already ${run.status}; it cannot become ${input.status}`);
        }
        if (input.status === run.status) return run;
        const now = new Date().toISOString();
        const finished = finishedStatuses.includes(input.status);
        updateRun.run({
          id: run.id,
          status: input.status,
          exitCode: input.exitCode ?? run.exitCode,
          startedAt: run.startedAt ?? now,
          finishedAt: finished ? now : null,
        });
        updateJobStatus.run(input.status, run.jobId);
        return publishRun(emit, run.id);
      });
    },
    appendConsole(actor, input) {
      const run = ownRun(actor, input.runId);
      return write(agentRef(run.agentUuid), (emit) => {
        if (finishedStatuses.includes(run.status)) throw new ConflictError(`Run ${run.id} already ${run.status}; its console is closed`);
        if (input.text.length === 0) return { consoleLength: run.consoleLength };
        const offset = run.consoleLength;
        insertChunk.run(run.id, offset, input.text);
        growConsole.run(offset + input.text.length, run.id);
        emit(consoleOf(run.id), { type: 'console_append', payload: { offset, text: input.text } });
        return { consoleLength: offset + input.text.length };
      });
    },
  };
}
