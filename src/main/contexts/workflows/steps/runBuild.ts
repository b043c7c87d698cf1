/**
 * The `build` step: schedules a build job on the build farm (named after the process and step) and waits for its
 * run's result; a failed or cancelled build fails the step. Cancelling the step cancels the build job. @internal
 */
import { systemRef, apiActor, type Actor } from '../../../kernel/actor';
import type { BuildFarm, BuildWaiter } from '../buildFarm';
import { abortMessage, type StepRunner } from './stepKit';

export function createRunBuild(farm: BuildFarm, waiter: BuildWaiter): StepRunner<'build'> {
  return async ({ definition, signal, output, orgId, processId }) => {
    if (signal.aborted) throw new Error(abortMessage(signal));
    // The workflow acts for the organization; its log entries name the workflows subsystem.
    const actor: Actor = { ...apiActor(orgId), ref: systemRef('workflows') };
    waiter.follow(orgId);
    const scheduled = farm.schedule(actor, { name: `process ${processId} · ${definition.name}`, command: definition.command });
    output(`scheduled build job #${scheduled.id}\n`);
    let fail: (error: Error) => void = () => {};
    const cancelled = new Promise<never>((_, reject) => (fail = reject));
    // One listener, removed however the build ends, so a long-lived signal keeps nothing of a finished build.
    const stop = () => {
      waiter.forget(scheduled.id);
      // The abort may fire inside the queue's write, and kernel writes don't nest.
      setImmediate(() => {
        try {
          farm.cancel(actor, scheduled.id);
        } catch {
          // CONFLICT: it finished meanwhile; nothing left to cancel.
        }
      });
      fail(new Error(abortMessage(signal)));
    };
    signal.addEventListener('abort', stop, { once: true });
    try {
      const job = await Promise.race([waiter.finished(orgId, scheduled.id), cancelled]);
      const facts = { jobId: job.id, runId: job.runId, agent: job.agentHostname, exitCode: job.exitCode, status: job.status };
      output(`build job #${job.id} ${job.status}${job.agentHostname ? ` on ${job.agentHostname}` : ''}${job.exitCode === null ? '' : ` (exit code ${job.exitCode})`}\n`);
      if (job.status === 'passed') return facts;
      if (job.status === 'cancelled') throw new Error(`build job #${job.id} was cancelled`);
      throw new Error(`build job #${job.id} failed${job.exitCode === null ? '' : ` with exit code ${job.exitCode}`}`);
    } finally {
      signal.removeEventListener('abort', stop);
    }
  };
}
