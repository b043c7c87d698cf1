/**
 * The jobs context's row changes and the events that tell about them, for use inside a kernel write: every change
 * of a job or run is published on the job's organization topic (`jobs:updates`), and a run's also on its agent's
 * and its console's topics, so the Builds view, an agent's history and the run page never disagree.
 * @internal Used by the jobs context's commands, agent protocol and reclaimer.
 */
import { agentRunsTopic, isFinished, jobsTopic, runConsoleTopic, schedulerTopic, type Job, type Run, type RunStatus } from '../../../shared/contract';
import type { Emit } from '../../kernel/createWriter';
import type { Db } from '../../kernel/db/openDatabase';
import type { JobRows } from './jobRows';

export type FinalStatus = Exclude<RunStatus, 'assigned' | 'building'>;

export interface JobWrites {
  /** `by` is who scheduled it (`<kind>:<id>`), told when its run fails. */
  queue(emit: Emit, orgId: string, input: { name: string; command: string; rerunOf?: number }, by: string): Job;
  /** Gives a scheduled job to an agent as a run; undefined if another agent took it first. */
  assign(emit: Emit, job: Job, agent: { uuid: string; hostname: string }): Run | undefined;
  setStatus(emit: Emit, run: Run, status: Exclude<RunStatus, 'assigned'>, exitCode: number | null): Run;
  /** Appends `text` to the run's console at its current length; returns the new length. */
  append(emit: Emit, run: Run, text: string): number;
  /** A note from the host in the console, on a line of its own. */
  note(emit: Emit, run: Run, line: string): Run;
  requestCancel(emit: Emit, run: Run): Run;
  /** A queued job that will never run. */
  cancelQueued(emit: Emit, job: Job): Job;
}

export function createJobWrites(db: Db, rows: JobRows): JobWrites {
  const insertJob = db.prepare("INSERT INTO jobs (org_id, name, command, status, created_at, rerun_of, scheduled_by) VALUES (?, ?, ?, 'scheduled', ?, ?, ?)");
  const takeJob = db.prepare("UPDATE jobs SET status = 'assigned' WHERE id = ? AND status = 'scheduled'");
  const insertRun = db.prepare(
    "INSERT INTO runs (job_id, org_id, agent_uuid, agent_hostname, status, created_at) VALUES (?, ?, ?, ?, 'assigned', ?)",
  );
  const updateRun = db.prepare(
    'UPDATE runs SET status = @status, exit_code = @exitCode, started_at = @startedAt, finished_at = @finishedAt WHERE id = @id',
  );
  const updateJob = db.prepare('UPDATE jobs SET status = ?, finished_at = ? WHERE id = ?');
  const insertChunk = db.prepare('INSERT INTO run_console (run_id, offset, text) VALUES (?, ?, ?)');
  const growConsole = db.prepare('UPDATE runs SET console_length = ? WHERE id = ?');
  const flagCancel = db.prepare('UPDATE runs SET cancel_requested = 1 WHERE id = ?');

  function publishJob(emit: Emit, orgId: string, jobId: number, type: 'job_queued' | 'job_updated' = 'job_updated'): Job {
    const job = rows.job(orgId, jobId)!;
    emit(jobsTopic.build({ org: orgId }), { type, payload: { job } });
    return job;
  }

  function publishRun(emit: Emit, runId: number): Run {
    const run = rows.run(runId)!;
    emit(agentRunsTopic.build({ agent: run.agentUuid }), { type: 'run_updated', payload: { run } });
    emit(runConsoleTopic.build({ run: String(run.id) }), { type: 'run_updated', payload: { run } });
    publishJob(emit, run.orgId, run.jobId);
    return run;
  }

  const publishPending = (emit: Emit, orgId: string) =>
    emit(schedulerTopic.build({ org: orgId }), { type: 'pending_count', payload: { count: rows.pendingCount(orgId) } });

  function append(emit: Emit, run: Run, text: string): number {
    const current = rows.run(run.id)!.consoleLength;
    if (text.length === 0) return current;
    insertChunk.run(run.id, current, text);
    growConsole.run(current + text.length, run.id);
    emit(runConsoleTopic.build({ run: String(run.id) }), { type: 'console_append', payload: { offset: current, text } });
    return current + text.length;
  }

  return {
    queue(emit, orgId, input, by) {
      const id = Number(insertJob.run(orgId, input.name, input.command, new Date().toISOString(), input.rerunOf ?? null, by).lastInsertRowid);
      publishPending(emit, orgId);
      return publishJob(emit, orgId, id, 'job_queued');
    },
    assign(emit, job, agent) {
      if (takeJob.run(job.id).changes !== 1) return undefined;
      const runId = Number(insertRun.run(job.id, job.orgId, agent.uuid, agent.hostname, new Date().toISOString()).lastInsertRowid);
      const run = rows.run(runId)!;
      emit(agentRunsTopic.build({ agent: agent.uuid }), { type: 'run_created', payload: { run } });
      publishPending(emit, job.orgId);
      publishJob(emit, job.orgId, job.id);
      return run;
    },
    setStatus(emit, run, status, exitCode) {
      const now = new Date().toISOString();
      const finishedAt = isFinished(status) ? now : null;
      updateRun.run({ id: run.id, status, exitCode: exitCode ?? run.exitCode, startedAt: run.startedAt ?? now, finishedAt });
      updateJob.run(status, finishedAt, run.jobId);
      return publishRun(emit, run.id);
    },
    append,
    note(emit, run, line) {
      const console = rows.console(run.id);
      append(emit, run, `${console.length === 0 || console.endsWith('\n') ? '' : '\n'}[switchboard] ${line}\n`);
      return rows.run(run.id)!;
    },
    requestCancel(emit, run) {
      flagCancel.run(run.id);
      return publishRun(emit, run.id);
    },
    cancelQueued(emit, job) {
      updateJob.run('cancelled', new Date().toISOString(), job.id);
      publishPending(emit, job.orgId);
      return publishJob(emit, job.orgId, job.id);
    },
  };
}
