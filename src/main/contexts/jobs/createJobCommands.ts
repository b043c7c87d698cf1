/**
 * What people do with jobs: schedule one, cancel one (a queued job never runs; a running one is stopped by its agent
 * on its next call, or at once if that agent is lost), and re-run a finished one as a new job. Each runs in one
 * kernel write on behalf of whoever asked.
 * @internal Used by the jobs context's index.
 */
import { ConflictError, NotFoundError, isFinished, type Job } from '../../../shared/contract';
import type { Actor } from '../../kernel/actor';
import type { Write } from '../../kernel/createWriter';
import type { AgentDirectory } from './createAgentProtocol';
import type { JobRows } from './jobRows';
import type { JobWrites } from './createJobWrites';

export interface JobCommands {
  schedule(actor: Actor, input: { name: string; command: string }): Job;
  cancel(actor: Actor, jobId: number): Job;
  rerun(actor: Actor, jobId: number): Job;
}

export function createJobCommands(write: Write, rows: JobRows, writes: JobWrites, agents: AgentDirectory, lostAfterMs: number): JobCommands {
  function ownJob(actor: Actor, id: number): Job {
    const job = rows.job(actor.orgId, id);
    if (!job) throw new NotFoundError(`No job ${id} in this organization`);
    return job;
  }

  const who = (actor: Actor) => (actor.kind === 'user' ? actor.session.userName : 'the REST API');

  return {
    schedule(actor, input) {
      return write(actor.ref, (emit) => writes.queue(emit, actor.orgId, input, `${actor.ref.kind}:${actor.ref.id}`));
    },
    cancel(actor, jobId) {
      return write(actor.ref, (emit) => {
        const job = ownJob(actor, jobId);
        if (isFinished(job.status)) throw new ConflictError(`Job ${job.name} #${job.id} already ${job.status}; there is nothing to cancel`);
        if (job.status === 'scheduled') return writes.cancelQueued(emit, job);
        const run = rows.run(job.runId!)!;
        if (run.cancelRequested) return job;
        const last = agents.lastContact(run.agentUuid);
        if (last === undefined || Date.now() - last > lostAfterMs) {
          // Its agent is gone: nobody would ever act on the request, so the run ends here.
          writes.note(emit, run, `cancelled by ${who(actor)}; agent ${run.agentHostname} is not in contact, so the host ended the run`);
          writes.setStatus(emit, run, 'cancelled', null);
        } else {
          writes.note(emit, run, `cancel requested by ${who(actor)}; waiting for agent ${run.agentHostname} to stop the command`);
          writes.requestCancel(emit, run);
        }
        return rows.job(actor.orgId, jobId)!;
      });
    },
    rerun(actor, jobId) {
      return write(actor.ref, (emit) => {
        const job = ownJob(actor, jobId);
        if (!isFinished(job.status)) throw new ConflictError(`Job ${job.name} #${job.id} is still ${job.status}; re-run it once it finished`);
        return writes.queue(emit, actor.orgId, { name: job.name, command: job.command, rerunOf: job.id }, `${actor.ref.kind}:${actor.ref.id}`);
      });
    },
  };
}
