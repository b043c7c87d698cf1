/**
 * The jobs context's refusals in the words a user reads: a job, run or agent of another organization (or none) is
 * "not in this organization", a finished run says what it already is, and a refused call writes nothing.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Agent, Run } from '../../../../src/shared/contract';
import { createTestCore, type TestCore } from '../../../support/createTestCore';

describe('jobs: refusals', () => {
  let core: TestCore;
  let agent: Agent;

  beforeEach(() => {
    core = createTestCore();
    agent = core.agents.register(core.acme, { hostname: 'build-01' });
  });
  afterEach(() => core.dispose());

  const refusal = (code: string, message: string) => expect.objectContaining({ code, message });
  /** Runs `call`, expects it refused with exactly `message`, and that the event log did not move. */
  const refusedWithoutWriting = (call: () => unknown, code: string, message: string) => {
    const head = core.kernel.log.head();
    expect(call).toThrow(refusal(code, message));
    expect(core.kernel.log.head()).toBe(head);
  };
  const finishedRun = (status: 'passed' | 'failed'): Run => {
    core.jobs.schedule(core.acme, { name: 'build', command: 'make' });
    const { run } = core.jobs.askForWork(core.acme, agent.uuid)!;
    return core.jobs.reportStatus(core.acme, { runId: run.id, status });
  };

  it("names the job that is not in the caller's organization, for cancel and re-run", () => {
    const job = core.jobs.schedule(core.acme, { name: 'build', command: 'make' });
    refusedWithoutWriting(() => core.jobs.cancel(core.globex, job.id), 'NOT_FOUND', `No job ${job.id} in this organization`);
    refusedWithoutWriting(() => core.jobs.rerun(core.globex, job.id), 'NOT_FOUND', `No job ${job.id} in this organization`);
    refusedWithoutWriting(() => core.jobs.cancel(core.acme, 9999), 'NOT_FOUND', 'No job 9999 in this organization');
  });

  it('refuses to re-run a job that has not finished, saying what it still is', () => {
    const job = core.jobs.schedule(core.acme, { name: 'build', command: 'make' });
    refusedWithoutWriting(() => core.jobs.rerun(core.user('bob'), job.id), 'CONFLICT', `Job build #${job.id} is still scheduled; re-run it once it finished`);
    core.jobs.askForWork(core.acme, agent.uuid);
    refusedWithoutWriting(() => core.jobs.rerun(core.user('bob'), job.id), 'CONFLICT', `Job build #${job.id} is still assigned; re-run it once it finished`);
  });

  it("names the agent that is not in the caller's organization when it asks for work", () => {
    refusedWithoutWriting(() => core.jobs.askForWork(core.globex, agent.uuid), 'NOT_FOUND', `No agent ${agent.uuid} in this organization`);
    refusedWithoutWriting(() => core.jobs.askForWork(core.acme, 'no-such-agent'), 'NOT_FOUND', 'No agent no-such-agent in this organization');
  });

  it("names the run that is not in the caller's organization, for status and console", () => {
    core.jobs.schedule(core.acme, { name: 'build', command: 'make' });
    const { run } = core.jobs.askForWork(core.acme, agent.uuid)!;
    refusedWithoutWriting(() => core.jobs.reportStatus(core.globex, { runId: run.id, status: 'building' }), 'NOT_FOUND', `No run ${run.id} in this organization`);
    refusedWithoutWriting(() => core.jobs.appendConsole(core.globex, { runId: run.id, text: 'x' }), 'NOT_FOUND', `No run ${run.id} in this organization`);
    refusedWithoutWriting(() => core.jobs.reportStatus(core.acme, { runId: 9999, status: 'building' }), 'NOT_FOUND', 'No run 9999 in this organization');
  });

  it('refuses to change a finished run to another status, saying what it is and what was asked', () => {
    const run = finishedRun('failed');
    refusedWithoutWriting(
      () => core.jobs.reportStatus(core.acme, { runId: run.id, status: 'passed' }),
      'CONFLICT',
      `Run ${run.id} already failed; it cannot become passed`,
    );
  });

  it('refuses console text once a run finished: its console is closed', () => {
    const run = finishedRun('passed');
    refusedWithoutWriting(() => core.jobs.appendConsole(core.acme, { runId: run.id, text: 'late\n' }), 'CONFLICT', `Run ${run.id} already passed; its console is closed`);
  });

  it("names what is not in the caller's organization in the runs and jobs views", () => {
    const job = core.jobs.schedule(core.acme, { name: 'build', command: 'make' });
    const { run } = core.jobs.askForWork(core.acme, agent.uuid)!;
    const carol = core.user('carol');
    expect(() => core.load('runs.byAgent', { agentUuid: agent.uuid }, carol)).toThrow(refusal('NOT_FOUND', `No agent ${agent.uuid} in this organization`));
    expect(() => core.load('runs.detail', { runId: run.id }, carol)).toThrow(refusal('NOT_FOUND', `No run ${run.id} in this organization`));
    expect(() => core.load('jobs.detail', { id: job.id }, carol)).toThrow(refusal('NOT_FOUND', `No job ${job.id} in this organization`));
    // The organization's own users see all three.
    const bob = core.user('bob');
    expect(core.load<Run[]>('runs.byAgent', { agentUuid: agent.uuid }, bob).map((r) => r.id)).toEqual([run.id]);
    expect(core.load<{ run: Run }>('runs.detail', { runId: run.id }, bob).run.id).toBe(run.id);
    expect(core.load<{ run: Run | null }>('jobs.detail', { id: job.id }, bob).run?.id).toBe(run.id);
  });
});
