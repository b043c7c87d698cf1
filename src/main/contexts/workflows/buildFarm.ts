/**
 * The build farm as the workflows context sees it: a port the composition fills with the jobs context (which
 * satisfies it as it is), and a waiter that follows `jobs:updates:<org>` on the bus to learn when a build job it
 * scheduled has finished. It subscribes to an organization's topic the first time one of its builds is awaited and
 * keeps it for the context's lifetime.
 * @internal The `BuildFarm` type is public through the context's index.
 */
import { isFinished, jobsTopic, type Job } from '../../../shared/contract';
import type { Actor } from '../../kernel/actor';
import type { ContextKit } from '../../kernel/context/createContextKit';

/** What a `build` step needs of the build farm (the jobs context). */
export interface BuildFarm {
  schedule(actor: Actor, input: { name: string; command: string }): Job;
  cancel(actor: Actor, jobId: number): Job;
}

export interface BuildWaiter {
  /** Starts following `orgId`'s build jobs; call before scheduling one, so its end can't be missed. */
  follow(orgId: string): void;
  /** Resolves with the job once it passed, failed or was cancelled. */
  finished(orgId: string, jobId: number): Promise<Job>;
  /** Stops waiting for `jobId` (its step was cancelled). */
  forget(jobId: number): void;
}

export function createBuildWaiter(kit: ContextKit): BuildWaiter {
  const followed = new Set<string>();
  const waiting = new Map<number, (job: Job) => void>();

  function follow(orgId: string) {
    if (followed.has(orgId)) return;
    followed.add(orgId);
    kit.subscribe(jobsTopic.build({ org: orgId }), (event) => {
      const { job } = event.payload;
      if (!isFinished(job.status)) return;
      const resolve = waiting.get(job.id);
      if (resolve) {
        waiting.delete(job.id);
        resolve(job);
      }
    });
  }

  return {
    follow,
    finished(orgId, jobId) {
      follow(orgId);
      // Registered in the same tick as the job was scheduled: no agent can have finished it yet.
      return new Promise((resolve) => waiting.set(jobId, resolve));
    },
    forget: (jobId) => void waiting.delete(jobId),
  };
}
