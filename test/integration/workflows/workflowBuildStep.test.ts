/**
 * A `build` step schedules a job on the build farm and waits for a real `switchboard-agent`'s run of it: a passing
 * build completes the step with the run's facts, a failing one fails the step with its exit code, and cancelling
 * the process cancels the build job.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Job, Process } from '../../../src/shared/contract';
import { startTestHost, type TestHost } from '../../support/startTestHost';
import { waitFor } from '../../support/waitFor';
import { createAgentPool } from '../agent/agentProcesses';
import { workflowHarness } from './workflowHarness';

describe('workflows: build steps on a real agent', () => {
  let t: TestHost | undefined;
  let wf: ReturnType<typeof workflowHarness>;
  const pool = createAgentPool();

  beforeEach(async () => {
    t = await startTestHost();
    wf = workflowHarness(t.app, () => t!.app.authenticate(t!.token('acme'))!);
  });
  afterEach(async () => {
    wf.stop();
    await pool.stopAll();
    await t?.close();
    t = undefined;
  });

  const startAgent = async () => {
    const agent = pool.start(['--server', t!.host.url, '--token-file', pool.tokenFile(t!.token('acme')), '--hostname', 'wf-runner.acme', '--poll-ms', '50']);
    await agent.waitForLine(/registered \S+ as \S+/);
  };
  const jobs = () => t!.app.kernel.registry.load('jobs.list', {}, t!.app.authenticate(t!.token('acme'))!).data as Job[];

  it('waits for the agent run of its build job: passed completes the step, failed fails it with the exit code', async () => {
    const workflow = await wf.save('ship', [
      { name: 'compile', kind: 'build', command: 'echo compiling' },
      { name: 'test', kind: 'build', command: 'echo failing; exit 5' },
      { name: 'deploy', kind: 'delay', ms: 1 },
    ]);
    const p = await wf.start(workflow.id);
    // No agent yet: the step waits on the farm's queue.
    await waitFor(() => jobs().find((j) => j.name === `process ${p.id} · compile`), 'the build job to be scheduled');
    expect(wf.detail(p.id).process).toMatchObject({ status: 'running', currentStep: 'compile' });
    await startAgent();
    const { process, output } = await wf.settled(p.id, 15_000);
    expect(process.status).toBe('failed');
    expect(process.steps.map((s) => s.status)).toEqual(['completed', 'failed', 'pending']);
    const passed = jobs().find((j) => j.name === `process ${p.id} · compile`)!;
    expect(process.steps[0]!.result).toMatchObject({ jobId: passed.id, runId: passed.runId, status: 'passed', exitCode: 0, agent: 'wf-runner.acme' });
    const failed = jobs().find((j) => j.name === `process ${p.id} · test`)!;
    expect(failed).toMatchObject({ status: 'failed', exitCode: 5 });
    expect(process.steps[1]!.error).toBe(`build job #${failed.id} failed with exit code 5`);
    expect(output.compile).toMatch(new RegExp(`build job #${passed.id} passed on wf-runner.acme \\(exit code 0\\)`));
  });

  it('cancelling a process whose build is queued cancels the build job', async () => {
    const workflow = await wf.save('parked', [{ name: 'wait-for-agent', kind: 'build', command: 'true' }]);
    const p: Process = await wf.start(workflow.id);
    const job = await waitFor(() => jobs().find((j) => j.name === `process ${p.id} · wait-for-agent`), 'the build job');
    await wf.cancel(p.id);
    await waitFor(() => jobs().find((j) => j.id === job.id && j.status === 'cancelled'), 'the build job to be cancelled');
    expect(wf.detail(p.id).process.status).toBe('cancelled');
  });
});
