/**
 * What an agent is doing right now, derived from its last contact, the organization's jobs and the clock: idle,
 * building a job, lost (silent past the threshold) or never seen. Pure, so the table cell and tests agree.
 */
import { agentLiveness, LOST_AFTER_MS, type Agent, type Job } from '../../../../shared/contract';

/** An agent's activity; `job` is the job it holds (building, or lost while holding it). */
export type AgentActivity =
  | { readonly kind: 'idle' }
  | { readonly kind: 'building'; readonly job: Job }
  | { readonly kind: 'lost'; readonly job?: Job }
  | { readonly kind: 'never' };

export type AgentActivityKind = AgentActivity['kind'];

/** A job its agent holds: handed to it and not finished. */
const isHeld = (job: Job): boolean => job.status === 'assigned' || job.status === 'building';

/**
 * Each agent's held job, by agent uuid. The jobs list is newest first, so an agent holding two (it should not)
 * shows the newer one.
 */
export function heldJobsByAgent(jobs: readonly Job[]): ReadonlyMap<string, Job> {
  const held = new Map<string, Job>();
  for (const job of jobs) {
    const uuid = job.agentUuid;
    if (uuid !== null && isHeld(job) && !held.has(uuid)) held.set(uuid, job);
  }
  return held;
}

export function agentActivity(agent: Pick<Agent, 'lastContactAt'>, heldJob: Job | undefined, now: number, lostAfterMs = LOST_AFTER_MS): AgentActivity {
  const liveness = agentLiveness(agent, now, lostAfterMs);
  // Silence wins over a held job: the job is stuck until the agent calls again or the host reclaims it.
  if (liveness === 'lost') return heldJob ? { kind: 'lost', job: heldJob } : { kind: 'lost' };
  // Only an agent that called can hold a job; its contact may just not have reached this window yet.
  if (heldJob) return { kind: 'building', job: heldJob };
  return { kind: liveness === 'never' ? 'never' : 'idle' };
}
