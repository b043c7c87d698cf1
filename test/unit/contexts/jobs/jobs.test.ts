import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userActor } from '../../../../src/main/kernel/actor';
import type { Agent, LogEvent } from '../../../../src/shared/contract';
import { createTestCore, type TestCore } from '../../../support/createTestCore';

describe('jobs context', () => {
  let core: TestCore;
  let events: LogEvent[];
  let stops: (() => void)[];
  let a1: Agent;
  let a2: Agent;

  beforeEach(() => {
    core = createTestCore();
    a1 = core.agents.register(core.acme, { hostname: 'a1' });
    a2 = core.agents.register(core.acme, { hostname: 'a2' });
    events = [];
    const listen = (topic: string) => core.kernel.bus.subscribe(topic as `scheduler:updates:${string}`, (e) => events.push(e));
    stops = ['scheduler:updates:acme', `agent_job_runs:${a1.uuid}`, `agent_job_runs:${a2.uuid}`].map(listen);
  });
  afterEach(() => {
    stops.forEach((s) => s());
    core.dispose();
  });

  const types = () => events.map((e) => `${e.topic.split(':')[0]}:${e.type}`);

  it('queues jobs, hands the oldest to an asking agent exactly once and broadcasts the queue size', () => {
    const j1 = core.jobs.schedule(core.acme, { name: 'build', command: 'make' });
    const j2 = core.jobs.schedule(core.acme, { name: 'test', command: 'make test' });
    expect(j1.status).toBe('scheduled');
    expect(core.jobs.pendingCount('acme')).toBe(2);
    const first = core.jobs.askForWork(core.acme, a1.uuid)!;
    const second = core.jobs.askForWork(core.acme, a2.uuid)!;
    expect(first.job.id).toBe(j1.id);
    expect(second.job.id).toBe(j2.id);
    expect(first.run).toMatchObject({ agentUuid: a1.uuid, agentHostname: 'a1', status: 'assigned', jobName: 'build' });
    expect(core.jobs.askForWork(core.acme, a2.uuid)!.run.id).toBe(second.run.id); // still holds its run: same one again
    expect(core.jobs.pendingCount('acme')).toBe(0);
    expect(events.filter((e) => e.type === 'pending_count').map((e) => (e.payload as { count: number }).count)).toEqual([1, 2, 1, 0]);
    expect(types()).toContain('agent_job_runs:run_created');
  });

  it('gives a disabled agent nothing and answers null on an empty queue', () => {
    expect(core.jobs.askForWork(core.acme, a1.uuid)).toBeNull();
    core.jobs.schedule(core.acme, { name: 'build', command: 'make' });
    core.agents.disable(core.acme, a1.uuid);
    expect(core.jobs.askForWork(core.acme, a1.uuid)).toBeNull();
    expect(core.jobs.pendingCount('acme')).toBe(1);
    expect(() => core.jobs.askForWork(core.globex, a2.uuid)).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
  });

  it('records status and console in order, and closes the console when the run finishes', () => {
    core.jobs.schedule(core.acme, { name: 'build', command: 'make' });
    const { run } = core.jobs.askForWork(core.acme, a1.uuid)!;
    const consoleEvents: LogEvent[] = [];
    const stop = core.kernel.bus.subscribe(`agent_job_run_console:${run.id}`, (e) => consoleEvents.push(e));
    core.jobs.reportStatus(core.acme, { runId: run.id, status: 'building' });
    expect(core.jobs.appendConsole(core.acme, { runId: run.id, text: 'line 1\nline' })).toEqual({ consoleLength: 11, cancelRequested: false });
    core.jobs.appendConsole(core.acme, { runId: run.id, text: '' });
    core.jobs.appendConsole(core.acme, { runId: run.id, text: ' 2\n' });
    const done = core.jobs.reportStatus(core.acme, { runId: run.id, status: 'failed', exitCode: 2 });
    expect(done).toMatchObject({ status: 'failed', exitCode: 2, consoleLength: 14 });
    expect(done.startedAt).not.toBeNull();
    expect(done.finishedAt).not.toBeNull();
    expect(consoleEvents.map((e) => [e.type, (e.payload as { offset?: number }).offset])).toEqual([
      ['run_updated', undefined],
      ['console_append', 0],
      ['console_append', 11],
      ['run_updated', undefined],
    ]);
    const detail = core.kernel.registry.load('runs.detail', { runId: run.id }, core.acme).data as { console: string };
    expect(detail.console).toBe('line 1\nline 2\n');
    expect(() => core.jobs.appendConsole(core.acme, { runId: run.id, text: 'late' })).toThrow(expect.objectContaining({ code: 'CONFLICT' }));
    expect(() => core.jobs.reportStatus(core.acme, { runId: run.id, status: 'passed' })).toThrow(expect.objectContaining({ code: 'CONFLICT' }));
    expect(core.jobs.reportStatus(core.acme, { runId: run.id, status: 'failed' }).status).toBe('failed'); // a repeated final report is harmless
    expect(() => core.jobs.reportStatus(core.globex, { runId: run.id, status: 'cancelled' })).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    stop();
  });

  it("authorizes run topics by the run's and the agent's organization", () => {
    core.jobs.schedule(core.acme, { name: 'build', command: 'make' });
    const { run } = core.jobs.askForWork(core.acme, a1.uuid)!;
    const alice = userActor(core.accounts.resolveUser('alice'));
    const carol = userActor(core.accounts.resolveUser('carol'));
    for (const topic of [`agent_job_runs:${a1.uuid}`, `agent_job_run_console:${run.id}`, 'scheduler:updates:acme']) {
      expect(() => core.kernel.registry.authorize(alice, topic)).not.toThrow();
      expect(() => core.kernel.registry.authorize(carol, topic)).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
    }
    expect(() => core.kernel.registry.load('runs.detail', { runId: run.id }, carol)).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    expect(() => core.kernel.registry.load('runs.detail', { runId: 999 }, alice)).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
  });

  it('refuses bad schedule input with field messages, writing nothing', async () => {
    const head = core.kernel.log.head();
    await expect(core.kernel.registry.run('jobs.schedule', { name: ' ', command: 'x' }, { actor: core.acme })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      details: { fields: { name: 'name is required' } },
    });
    await expect(core.kernel.registry.run('jobs.schedule', { name: 'n' }, { actor: core.acme })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    expect(core.kernel.log.head()).toBe(head);
  });
});

describe('jobs context: console offsets', () => {
  it('counts console length and offsets in UTF-16 code units, for any text', () => {
    const core = createTestCore();
    const agent = core.agents.register(core.acme, { hostname: 'utf16' });
    core.jobs.schedule(core.acme, { name: 'emoji', command: 'echo' });
    const { run } = core.jobs.askForWork(core.acme, agent.uuid)!;
    const offsets: number[] = [];
    const stop = core.kernel.bus.subscribe(`agent_job_run_console:${run.id}`, (e) => {
      if (e.type === 'console_append') offsets.push(e.payload.offset);
    });
    // "é" is one code unit, "🚀" two, "€" one: 4 + 1 = 5 units, though 1 + 4 + 3 + 1 = 9 UTF-8 bytes.
    expect(core.jobs.appendConsole(core.acme, { runId: run.id, text: 'é🚀€\n' }).consoleLength).toBe(5);
    expect(core.jobs.appendConsole(core.acme, { runId: run.id, text: 'ok' }).consoleLength).toBe(7);
    expect(offsets).toEqual([0, 5]);
    stop();
    core.dispose();
  });

  it('validates agents.update through the registry like agents.register, writing nothing', async () => {
    const core = createTestCore();
    const agent = core.agents.register(core.acme, { hostname: 'valid' });
    const head = core.kernel.log.head();
    await expect(core.kernel.registry.run('agents.update', { uuid: agent.uuid, hostname: 'not a hostname' }, { actor: core.acme })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      details: { fields: { hostname: 'hostname may contain letters, digits, hyphens and dots only' } },
    });
    expect(core.kernel.log.head()).toBe(head);
    core.dispose();
  });
});
