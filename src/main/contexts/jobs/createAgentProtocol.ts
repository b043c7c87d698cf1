/**
 * The agent protocol (seed: ExGoCD's AgentJobRuns): an agent asks for work, reports its run's status and streams
 * its console. Every call counts as a contact (liveness); a console call, empty or not, answers whether someone
 * asked to cancel the run, so a silent command still learns it within a heartbeat. Assignment is one synchronous
 * transaction, so a job goes to exactly one agent even when agents ask at the same moment.
 * @internal Used by the jobs context's index.
 */
import { ConflictError, NotFoundError, isFinished, type ActorRef, type Job, type Run, type RunStatus } from '../../../shared/contract';
import type { Actor } from '../../kernel/actor';
import type { Write } from '../../kernel/createWriter';
import type { JobRows } from './jobRows';
import type { JobWrites } from './createJobWrites';

/** What the jobs context needs of the agents context (a port the composition injects). */
export interface AgentDirectory {
  find(orgId: string, uuid: string): { uuid: string; hostname: string; enabled: boolean } | undefined;
  /** The organization an agent belongs to, whoever asks. */
  orgOf(uuid: string): string | undefined;
  /** The agent called just now; never called inside a write. */
  recordContact(orgId: string, uuid: string): void;
  /** When the agent last called (ms since the epoch). */
  lastContact(uuid: string): number | undefined;
}

export interface AgentProtocol {
  askForWork(actor: Actor, agentUuid: string): { job: Job; run: Run } | null;
  reportStatus(actor: Actor, input: { runId: number; status: Exclude<RunStatus, 'assigned'>; exitCode?: number | null | undefined }): Run;
  appendConsole(actor: Actor, input: { runId: number; text: string }): { consoleLength: number; cancelRequested: boolean };
}

/** The protocol's calls come with the organization's token; the agent they concern is who acted. */
const agentRef = (uuid: string): ActorRef => ({ kind: 'agent', id: uuid });

export function createAgentProtocol(write: Write, rows: JobRows, writes: JobWrites, agents: AgentDirectory): AgentProtocol {
  function ownRun(actor: Actor, runId: number): Run {
    const run = rows.run(runId);
    if (!run || run.orgId !== actor.orgId) throw new NotFoundError(`No run ${runId} in this organization`);
    agents.recordContact(run.orgId, run.agentUuid);
    return run;
  }

  return {
    askForWork(actor, agentUuid) {
      const agent = agents.find(actor.orgId, agentUuid);
      if (!agent) throw new NotFoundError(`No agent ${agentUuid} in this organization`);
      agents.recordContact(actor.orgId, agentUuid);
      if (!agent.enabled) return null;
      return write(agentRef(agentUuid), (emit) => {
        // An agent that asks while it still holds work (it restarted) gets that work again, not a second job.
        const active = rows.activeRunOf(actor.orgId, agentUuid);
        if (active) return { job: rows.job(actor.orgId, active.jobId)!, run: active };
        const job = rows.oldestScheduled(actor.orgId);
        const run = job && writes.assign(emit, job, agent);
        return run ? { job: rows.job(actor.orgId, job.id)!, run } : null;
      });
    },
    reportStatus(actor, input) {
      const run = ownRun(actor, input.runId);
      return write(agentRef(run.agentUuid), (emit) => {
        if (isFinished(run.status)) {
          if (run.status === input.status) return run; // a repeated final report changes nothing
          throw new ConflictError(`Run ${run.id} already ${run.status}; it cannot become ${input.status}`);
        }
        if (input.status === run.status) return run;
        return writes.setStatus(emit, run, input.status, input.exitCode ?? null);
      });
    },
    appendConsole(actor, input) {
      const run = ownRun(actor, input.runId);
      return write(agentRef(run.agentUuid), (emit) => {
        if (isFinished(run.status)) throw new ConflictError(`Run ${run.id} already ${run.status}; its console is closed`);
        return { consoleLength: writes.append(emit, run, input.text), cancelRequested: run.cancelRequested };
      });
    },
  };
}
