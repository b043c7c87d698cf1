/**
 * The job each agent holds, read from the organization's jobs list (`jobsStore`) as a map that keeps its identity
 * while no agent's held job changed, so most job events (one queued, one finished) leave the agents table alone.
 */
import { useState } from 'react';
import type { Job } from '../../../../shared/contract';
import { useStore } from '../../stores/useStore';
import { jobsStore } from '../jobs';
import { heldJobsByAgent } from './agentActivity';

type HeldJobs = ReadonlyMap<string, Job>;

const sameHeldJobs = (a: HeldJobs, b: HeldJobs): boolean => a.size === b.size && [...a].every(([uuid, job]) => b.get(uuid) === job);

/** @internal A memoized selector: the same jobs list, or one whose held jobs are the same records, gives the same map. */
export function createHeldJobsSelector(): (jobs: readonly Job[] | undefined) => HeldJobs {
  let lastJobs: readonly Job[] | undefined;
  let last: HeldJobs = new Map();
  return (jobs) => {
    if (jobs === lastJobs) return last;
    lastJobs = jobs;
    const next = heldJobsByAgent(jobs ?? []);
    if (!sameHeldJobs(last, next)) last = next;
    return last;
  };
}

export function useHeldJobs(): HeldJobs {
  // One selector per reader: its memory is this component's last answer.
  const [select] = useState(createHeldJobsSelector);
  return useStore(jobsStore, (s) => select(s.data));
}
