/**
 * Cancelling and retrying processes on a real core, with the `workflows` queue paused where a step must wait: a
 * queued process is cancelled with its waiting job, a retried step's job (not an earlier step's) is the one stopped,
 * a job deleted from the queue dashboard does not block the cancel, and every refusal says what was refused.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Process, Workflow } from '../../../../src/shared/contract';
import { createTestCore, type TestCore } from '../../../support/createTestCore';
import { waitFor } from '../../../support/waitFor';

let core: TestCore;
afterEach(() => core?.dispose());

const run = <T>(name: string, input: unknown) => core.run<T>(name, input, core.acme);
const jobsOf = (processId: number) =>
  core.kernel.db.prepare('SELECT queue_job_id FROM workflow_process_steps WHERE process_id = ? ORDER BY position').pluck().all(processId) as (number | null)[];

async function pausedProcess(steps: unknown[] = [{ name: 'wait', kind: 'delay', ms: 1 }]) {
  core = createTestCore();
  await run('queue.pause', { queue: 'workflows' });
  const workflow = await run<Workflow>('workflows.save', { name: 'w', steps });
  return run<Process>('processes.start', { workflowId: workflow.id });
}

/** A process whose first step completed and whose second timed out: failed, ready for a retry. */
async function failedOnSecondStep() {
  core = createTestCore();
  const workflow = await run<Workflow>('workflows.save', {
    name: 'w',
    steps: [{ name: 'first', kind: 'delay', ms: 1 }, { name: 'second', kind: 'delay', ms: 60_000, timeoutMs: 10 }],
  });
  const started = await run<Process>('processes.start', { workflowId: workflow.id });
  await waitFor(() => core.workflows.process(core.acme, started.id)?.status === 'failed', 'the second step to time out');
  return started;
}

describe('processes.cancel', () => {
  it('cancels a queued process and its waiting queue job', async () => {
    const process = await pausedProcess();
    const cancelled = await run<Process>('processes.cancel', { id: process.id });
    expect(cancelled).toMatchObject({ status: 'cancelled', steps: [{ status: 'skipped' }] });
    expect(core.queue.job(jobsOf(process.id)[0]!)!.state).toBe('cancelled');
  });

  it("stops the retried step's job, not the finished job of the step before it", async () => {
    const process = await failedOnSecondStep();
    await run('queue.pause', { queue: 'workflows' });
    await run('processes.retryStep', { id: process.id, step: 'second' });
    const [first, second] = jobsOf(process.id);
    expect(core.queue.job(first!)!.state).toBe('completed');
    expect(core.queue.job(second!)!.state).toBe('available');
    await run('processes.cancel', { id: process.id });
    expect(core.queue.job(second!)!.state).toBe('cancelled');
  });

  it('still cancels a process whose waiting job was deleted from the queue', async () => {
    const process = await pausedProcess();
    await run('queue.delete', { id: jobsOf(process.id)[0]! });
    expect(await run<Process>('processes.cancel', { id: process.id })).toMatchObject({ status: 'cancelled' });
  });

  it('refuses a process that already ended, and says so', async () => {
    const process = await pausedProcess();
    await run('processes.cancel', { id: process.id });
    await expect(run('processes.cancel', { id: process.id })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: `Process ${process.id} already cancelled; there is nothing to cancel`,
    });
  });

  it("answers another organization's process NOT_FOUND in words", async () => {
    const process = await pausedProcess();
    await expect(core.run('processes.cancel', { id: process.id }, core.globex)).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: `No process ${process.id} in this organization`,
    });
  });
});

describe('processes.start', () => {
  it("answers another organization's workflow NOT_FOUND in words", async () => {
    core = createTestCore();
    const workflow = await run<Workflow>('workflows.save', { name: 'w', steps: [{ name: 'a', kind: 'delay', ms: 1 }] });
    await expect(core.run('processes.start', { workflowId: workflow.id }, core.globex)).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: `No workflow ${workflow.id} in this organization`,
    });
  });
});

describe('processes.retryStep', () => {
  it('names the missing step and the states that forbid a retry', async () => {
    const process = await failedOnSecondStep();
    await expect(run('processes.retryStep', { id: process.id, step: 'third' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: `Process ${process.id} has no step third`,
    });
    await expect(run('processes.retryStep', { id: process.id, step: 'first' })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: `Only a failed step of a failed process can be retried; step first is completed and process ${process.id} is failed`,
    });
  });
});
