/**
 * Cancel and re-run, the Builds view's list and its topic, and reclaiming the runs of lost agents: every change
 * is one write that broadcasts on `jobs:updates:<org>`, and a refused change writes nothing.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { userActor } from '../../../../src/main/kernel/actor';
import { RECENT_JOBS_KEPT, type Agent, type JobsEvent, type LogEvent } from '../../../../src/shared/contract';
import { createTestCore, type TestCore } from '../../../support/createTestCore';

describe('jobs: cancel, re-run, list, reclaim', () => {
  let core: TestCore;
  let agent: Agent;
  let jobEvents: LogEvent<`jobs:updates:${string}`>[];
  let stop: () => void;

  beforeEach(() => {
    core = createTestCore({ buildFarm: { lostAfterMs: 1000, reclaimAfterMs: 60_000 } });
    agent = core.agents.register(core.acme, { hostname: 'build-01' });
    jobEvents = [];
    stop = core.kernel.bus.subscribe('jobs:updates:acme', (e) => jobEvents.push(e));
  });
  afterEach(() => {
    stop();
    vi.useRealTimers();
    core.dispose();
  });

  const bob = () => userActor(core.accounts.resolveUser('bob'));
  const summary = (e: JobsEvent) => `${e.type}:${e.payload.job.status}${e.payload.job.cancelRequested ? '+cancel' : ''}`;
  const headOf = () => core.kernel.log.head();

  it('lists queued, running and finished jobs newest first, with the agent and times of their run', () => {
    const first = core.jobs.schedule(core.acme, { name: 'build', command: 'make' });
    const second = core.jobs.schedule(core.acme, { name: 'test', command: 'make test' });
    const { run } = core.jobs.askForWork(core.acme, agent.uuid)!;
    core.jobs.reportStatus(core.acme, { runId: run.id, status: 'building' });
    core.jobs.reportStatus(core.acme, { runId: run.id, status: 'failed', exitCode: 2 });
    const list = core.kernel.registry.load('jobs.list', {}, bob()).data as ReturnType<typeof core.jobs.schedule>[];
    expect(list.map((j) => [j.id, j.status])).toEqual([
      [second.id, 'scheduled'],
      [first.id, 'failed'],
    ]);
    expect(list[1]).toMatchObject({ agentUuid: agent.uuid, agentHostname: 'build-01', exitCode: 2, cancelRequested: false, rerunOf: null });
    expect(list[1]!.startedAt).not.toBeNull();
    expect(list[1]!.finishedAt).not.toBeNull();
    expect(jobEvents.map((e) => summary(e))).toEqual(['job_queued:scheduled', 'job_queued:scheduled', 'job_updated:assigned', 'job_updated:building', 'job_updated:failed']);
    expect(jobEvents.every((e) => e.actor.kind === 'api' || e.actor.kind === 'agent')).toBe(true);
  });

  it('keeps every unfinished job and only the most recent finished ones in the list', () => {
    for (let i = 0; i < RECENT_JOBS_KEPT + 5; i++) {
      const job = core.jobs.schedule(core.acme, { name: `j${i}`, command: 'true' });
      core.jobs.cancel(core.acme, job.id);
    }
    const queued = core.jobs.schedule(core.acme, { name: 'still queued', command: 'true' });
    const list = core.kernel.registry.load('jobs.list', {}, bob()).data as { id: number; name: string }[];
    expect(list).toHaveLength(RECENT_JOBS_KEPT + 1);
    expect(list[0]!.id).toBe(queued.id);
    expect(list.at(-1)!.name).toBe('j5');
  });

  it('cancels a queued job: it never runs, and the queue count drops', () => {
    const job = core.jobs.schedule(core.acme, { name: 'build', command: 'make' });
    const cancelled = core.jobs.cancel(bob(), job.id);
    expect(cancelled).toMatchObject({ status: 'cancelled', runId: null });
    expect(cancelled.finishedAt).not.toBeNull();
    expect(core.jobs.pendingCount('acme')).toBe(0);
    expect(core.jobs.askForWork(core.acme, agent.uuid)).toBeNull();
    expect(jobEvents.at(-1)!.actor).toEqual({ kind: 'user', id: 'bob' });
  });

  it('asks the agent of a running job to stop, tells it on its next call, and ends when it reports cancelled', () => {
    const job = core.jobs.schedule(core.acme, { name: 'long', command: 'sleep 100' });
    const { run } = core.jobs.askForWork(core.acme, agent.uuid)!;
    core.jobs.reportStatus(core.acme, { runId: run.id, status: 'building' });
    expect(core.jobs.appendConsole(core.acme, { runId: run.id, text: 'working\n' })).toEqual({ consoleLength: 8, cancelRequested: false });
    expect(core.jobs.cancel(bob(), job.id)).toMatchObject({ status: 'building', cancelRequested: true });
    expect(core.jobs.appendConsole(core.acme, { runId: run.id, text: '' })).toMatchObject({ cancelRequested: true });
    const detail = core.kernel.registry.load('runs.detail', { runId: run.id }, bob()).data as { console: string };
    expect(detail.console).toBe('working\n[switchboard] cancel requested by Bob; waiting for agent build-01 to stop the command\n');
    expect(core.jobs.reportStatus(core.acme, { runId: run.id, status: 'cancelled' }).status).toBe('cancelled');
    // Asking twice changes nothing more; a finished job cannot be cancelled and nothing is written.
    const head = headOf();
    expect(() => core.jobs.cancel(bob(), job.id)).toThrow(expect.objectContaining({ code: 'CONFLICT', message: expect.stringMatching(/already cancelled; there is nothing to cancel/) }));
    expect(headOf()).toBe(head);
  });

  it('ends a running job at once when its agent is lost, since nobody would act on the request', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const job = core.jobs.schedule(core.acme, { name: 'orphan', command: 'make' });
    const { run } = core.jobs.askForWork(core.acme, agent.uuid)!;
    vi.setSystemTime(Date.now() + 5000);
    expect(core.jobs.cancel(bob(), job.id)).toMatchObject({ status: 'cancelled' });
    const detail = core.kernel.registry.load('runs.detail', { runId: run.id }, bob()).data as { console: string };
    expect(detail.console).toContain('agent build-01 is not in contact, so the host ended the run');
  });

  it('re-runs a finished job as a new job with the same name and command, and refuses one still running', () => {
    const job = core.jobs.schedule(core.acme, { name: 'build', command: 'make all' });
    const head = headOf();
    expect(() => core.jobs.rerun(bob(), job.id)).toThrow(expect.objectContaining({ code: 'CONFLICT' }));
    expect(headOf()).toBe(head);
    core.jobs.cancel(bob(), job.id);
    const again = core.jobs.rerun(bob(), job.id);
    expect(again).toMatchObject({ name: 'build', command: 'make all', status: 'scheduled', rerunOf: job.id });
    expect(again.id).not.toBe(job.id);
    expect(() => core.jobs.rerun(core.globex, job.id)).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
  });

  it('fails the runs of agents silent for longer than the reclaim timeout, saying why in the console', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    core.jobs.schedule(core.acme, { name: 'stuck', command: 'make' });
    const { run } = core.jobs.askForWork(core.acme, agent.uuid)!;
    core.jobs.reportStatus(core.acme, { runId: run.id, status: 'building' });
    vi.setSystemTime(Date.now() + 59_000);
    expect(core.jobs.reclaim()).toEqual([]);
    vi.setSystemTime(Date.now() + 2000);
    expect(core.jobs.reclaim()).toEqual([run.id]);
    const detail = core.kernel.registry.load('runs.detail', { runId: run.id }, bob()).data as { run: { status: string }; console: string };
    expect(detail.run.status).toBe('failed');
    expect(detail.console).toMatch(/\[switchboard\] run failed: agent build-01 lost contact for more than 1 min \(last seen /);
    expect(jobEvents.at(-1)).toMatchObject({ type: 'job_updated', actor: { kind: 'system', id: 'reclaim' } });
    expect(core.jobs.reclaim()).toEqual([]);
  });

  it('records agent contacts as liveness, at most once per third of the lost threshold', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const seen: string[] = [];
    const stopSeen = core.kernel.bus.subscribe('agents:updates:acme', (e) => seen.push(e.type));
    expect(core.agents.find('acme', agent.uuid)!.lastContactAt).toBeNull();
    core.jobs.askForWork(core.acme, agent.uuid);
    core.jobs.askForWork(core.acme, agent.uuid);
    expect(seen).toEqual(['agent_seen']);
    vi.setSystemTime(Date.now() + 400);
    core.jobs.askForWork(core.acme, agent.uuid);
    expect(seen).toEqual(['agent_seen', 'agent_seen']);
    expect(core.agents.find('acme', agent.uuid)!.lastContactAt).toBe(new Date(Date.now()).toISOString());
    stopSeen();
  });
});
