/**
 * The workflows step worker on a real core and queue: a queue job that is no longer its step's own (re-run from the
 * queue dashboard) touches nothing, a job cancelled on the dashboard cancels its process, output that cannot be
 * kept is logged while the step goes on, a new attempt's header starts on a line of its own, and a step's progress
 * reaches its queue job as a fraction.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Process, ProcessDetail, Workflow } from '../../../../src/shared/contract';
import { createTestCore, type TestCore } from '../../../support/createTestCore';
import { waitFor } from '../../../support/waitFor';
import { killGroupIfLeft } from '../../../support/processGroups';

let core: TestCore;
const scratch: string[] = [];
const groups: number[] = [];
afterEach(() => {
  vi.restoreAllMocks();
  for (const group of groups.splice(0)) killGroupIfLeft(group);
  core?.dispose();
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const run = <T>(name: string, input: unknown) => core.run<T>(name, input, core.acme);
const processOf = (id: number) => core.workflows.process(core.acme, id)!;
const detail = (id: number) => core.load<ProcessDetail>('processes.detail', { id }, core.acme);
const jobsOf = (processId: number) =>
  core.kernel.db.prepare('SELECT queue_job_id FROM workflow_process_steps WHERE process_id = ? ORDER BY position').pluck().all(processId) as number[];

async function startWorkflow(steps: unknown[]) {
  const workflow = await run<Workflow>('workflows.save', { name: 'w', steps });
  return run<Process>('processes.start', { workflowId: workflow.id });
}

describe('a queue job that is no longer its step’s own', () => {
  it('re-running a finished step’s job while the process goes on leaves the step and the process alone', async () => {
    core = createTestCore();
    const started = await startWorkflow([{ name: 'first', kind: 'delay', ms: 1 }, { name: 'second', kind: 'delay', ms: 60_000 }]);
    await waitFor(() => processOf(started.id).currentStep === 'second' && processOf(started.id).status === 'running', 'the second step to run');
    const [first] = jobsOf(started.id);
    await run('queue.retry', { id: first });
    await waitFor(() => core.queue.job(first!)!.state === 'completed' && core.queue.job(first!)!.attempt === 2, 'the re-run to end');
    expect(processOf(started.id)).toMatchObject({ status: 'running', currentStep: 'second', steps: [{ status: 'completed', attempts: 1 }, { status: 'running' }] });
    await run('processes.cancel', { id: started.id });
  });

  it('re-running the failed job of a step that was retried since does not run the step', async () => {
    core = createTestCore();
    const started = await startWorkflow([{ name: 'slow', kind: 'delay', ms: 60_000, timeoutMs: 10 }]);
    await waitFor(() => processOf(started.id).status === 'failed', 'the step to time out');
    const [old] = jobsOf(started.id);
    await run('queue.pause', { queue: 'workflows' });
    await run('processes.retryStep', { id: started.id, step: 'slow' });
    await run('queue.retry', { id: old });
    await run('queue.resume', { queue: 'workflows' });
    await waitFor(() => processOf(started.id).status === 'failed' && core.queue.job(old!)!.state === 'completed', 'both jobs to end');
    // Only the retry's own job ran the step; the old one completed without a word.
    expect(processOf(started.id).steps[0]).toMatchObject({ status: 'failed', attempts: 1, error: 'timed out after 10 ms' });
  });
});

it('cancelling a running step’s job on the queue dashboard cancels its process', async () => {
  core = createTestCore();
  const started = await startWorkflow([{ name: 'wait', kind: 'delay', ms: 60_000 }, { name: 'after', kind: 'delay', ms: 1 }]);
  await waitFor(() => processOf(started.id).status === 'running', 'the step to run');
  const [job] = jobsOf(started.id);
  await run('queue.cancel', { id: job });
  await waitFor(() => core.queue.job(job!)!.state === 'cancelled', 'the job to end cancelled');
  expect(processOf(started.id)).toMatchObject({
    status: 'cancelled',
    steps: [{ status: 'skipped', error: `its queue job #${job} was cancelled` }, { status: 'skipped' }],
  });
});

it('logs output it could not keep, and the step still completes', async () => {
  core = createTestCore();
  core.kernel.db.exec("CREATE TRIGGER no_output BEFORE INSERT ON workflow_step_output BEGIN SELECT RAISE(ABORT, 'no room for output'); END");
  const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  const started = await startWorkflow([{ name: 'say', kind: 'shell', command: 'echo hello' }]);
  await waitFor(() => processOf(started.id).status === 'completed', 'the step to complete');
  expect(detail(started.id).output).toEqual({});
  expect(logged).toHaveBeenCalledWith(
    `switchboard:contexts:workflows could not keep output of step say of process ${started.id}`,
    expect.objectContaining({ message: expect.stringContaining('no room for output') }),
  );
});

it("starts a new attempt's header on a line of its own after output that ended mid-line", async () => {
  core = createTestCore();
  const started = await startWorkflow([{ name: 'half', kind: 'shell', command: 'printf partial; exit 1', retry: { maxAttempts: 2, backoffMs: 0 } }]);
  await waitFor(() => processOf(started.id).status === 'failed', 'both attempts to fail');
  expect(detail(started.id).output.half).toBe('partial\n[switchboard] attempt 2 of 2\npartial');
});

it('reports a step’s progress to its queue job as a fraction, and names the step when the report has no note', async () => {
  core = createTestCore();
  const dir = mkdtempSync(join(tmpdir(), 'switchboard-step-worker-'));
  scratch.push(dir);
  const pidFile = join(dir, 'pid');
  const started = await startWorkflow([{ name: 'work', kind: 'shell', command: `echo $$ > ${pidFile}; echo "::progress 40"; sleep 60` }]);
  const notes: string[] = [];
  core.kernel.bus.subscribe(`process:${started.id}`, (event) => {
    if (event.type === 'progress_update') notes.push((event.payload as { content: string }).content);
  });
  const group = Number(await waitFor(() => { try { return readFileSync(pidFile, 'utf8').trim(); } catch { return undefined; } }, 'the command to start'));
  groups.push(group);
  const [job] = jobsOf(started.id);
  const reported = await waitFor(() => core.queue.job(job!)!.progress, 'the job to hold the report');
  expect(reported).toBe(0.4);
  expect(processOf(started.id).percentage).toBe(40);
  expect(notes).toEqual(['work 40%']);
  await run('processes.cancel', { id: started.id });
});
