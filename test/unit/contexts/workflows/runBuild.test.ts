/**
 * The build step and its waiter against a fake build farm and a fake context kit standing in for the bus: the step
 * schedules its job as the workflows subsystem of the organization, words every way the job can end, fails at once
 * with the signal's words when cancelled (then cancels the job), and leaves the farm alone once it is over. The
 * waiter follows each organization's `jobs:updates` topic once and resolves only on the end of a job still awaited.
 */
import { getEventListeners } from 'node:events';
import { describe, expect, it } from 'vitest';
import { jobsTopic, type Job } from '../../../../src/shared/contract';
import type { Actor } from '../../../../src/main/kernel/actor';
import type { ContextKit } from '../../../../src/main/kernel/context/createContextKit';
import { createBuildWaiter, type BuildFarm } from '../../../../src/main/contexts/workflows/buildFarm';
import { createRunBuild } from '../../../../src/main/contexts/workflows/steps/runBuild';

const workflowsActor: Actor = { kind: 'api', orgId: 'acme', userId: null, ref: { kind: 'system', id: 'workflows' } };

/** The bus as the waiter sees it: the topics it follows, and a way to publish a job update on them. */
function fakeBus() {
  const subscriptions: { topic: string; listener: (event: unknown) => void }[] = [];
  const kit = { subscribe: (topic: string, listener: (event: unknown) => void) => void subscriptions.push({ topic, listener }) };
  return {
    kit: kit as unknown as ContextKit,
    topics: () => subscriptions.map((s) => s.topic),
    publish(job: Job) {
      const topic = jobsTopic.build({ org: job.orgId });
      for (const s of subscriptions) if (s.topic === topic) s.listener({ topic, type: 'job_updated', payload: { job } });
    },
  };
}

function job(id: number, changes: Partial<Job> = {}): Job {
  return {
    id,
    orgId: 'acme',
    name: 'build',
    command: 'make',
    status: 'scheduled',
    createdAt: '2026-01-01T00:00:00.000Z',
    runId: null,
    agentUuid: null,
    agentHostname: null,
    startedAt: null,
    finishedAt: null,
    exitCode: null,
    cancelRequested: false,
    rerunOf: null,
    scheduledBy: 'api:acme',
    ...changes,
  };
}

/** A farm that queues jobs and, like the jobs context, publishes a cancelled job's update. */
function fakeFarm(bus: ReturnType<typeof fakeBus>) {
  const scheduled: { actor: Actor; input: { name: string; command: string } }[] = [];
  const cancelled: { actor: Actor; jobId: number }[] = [];
  const farm: BuildFarm = {
    schedule(actor, input) {
      scheduled.push({ actor, input });
      return job(scheduled.length, input);
    },
    cancel(actor, jobId) {
      cancelled.push({ actor, jobId });
      const ended = job(jobId, { status: 'cancelled' });
      bus.publish(ended);
      return ended;
    },
  };
  return { farm, scheduled, cancelled };
}

function setUp() {
  const bus = fakeBus();
  const farm = fakeFarm(bus);
  const runBuild = createRunBuild(farm.farm, createBuildWaiter(bus.kit));
  const build = (signal = new AbortController().signal) => {
    const output: string[] = [];
    const running = runBuild({
      definition: { name: 'compile', kind: 'build', command: 'make all' },
      signal,
      orgId: 'acme',
      processId: 12,
      input: {},
      output: (text) => void output.push(text),
      progress: () => undefined,
    });
    running.catch(() => undefined);
    return { running, output };
  };
  return { bus, ...farm, build };
}

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

describe('runBuild', () => {
  it('schedules the job as the workflows subsystem of the organization and completes with its run’s facts', async () => {
    const { bus, scheduled, build } = setUp();
    const step = build();
    expect(scheduled).toEqual([{ actor: workflowsActor, input: { name: 'process 12 · compile', command: 'make all' } }]);
    expect(step.output).toEqual(['scheduled build job #1\n']);
    bus.publish(job(1, { status: 'passed', runId: 40, agentHostname: 'runner-1', exitCode: 0 }));
    await expect(step.running).resolves.toEqual({ jobId: 1, runId: 40, agent: 'runner-1', exitCode: 0, status: 'passed' });
    expect(step.output).toEqual(['scheduled build job #1\n', 'build job #1 passed on runner-1 (exit code 0)\n']);
  });

  it('fails as cancelled when someone else cancels its job, naming no agent or exit code it never had', async () => {
    const { bus, build } = setUp();
    const step = build();
    bus.publish(job(1, { status: 'cancelled' }));
    await expect(step.running).rejects.toThrow(/^build job #1 was cancelled$/);
    expect(step.output).toEqual(['scheduled build job #1\n', 'build job #1 cancelled\n']);
  });

  it('fails with the exit code of a failed job, or without one when its run never reported it', async () => {
    const { bus, build } = setUp();
    const withCode = build();
    bus.publish(job(1, { status: 'failed', runId: 41, agentHostname: 'runner-1', exitCode: 2 }));
    await expect(withCode.running).rejects.toThrow(/^build job #1 failed with exit code 2$/);
    const withoutCode = build();
    bus.publish(job(2, { status: 'failed', runId: 42, agentHostname: 'runner-2' }));
    await expect(withoutCode.running).rejects.toThrow(/^build job #2 failed$/);
    expect(withoutCode.output).toEqual(['scheduled build job #2\n', 'build job #2 failed on runner-2\n']);
  });

  it('leaves no listener on its signal once its job has ended, or once it was cancelled', async () => {
    const { bus, build } = setUp();
    const { signal } = new AbortController();
    const passed = build(signal);
    expect(getEventListeners(signal, 'abort')).toHaveLength(1);
    bus.publish(job(1, { status: 'passed', runId: 40, agentHostname: 'runner-1', exitCode: 0 }));
    await passed.running;
    expect(getEventListeners(signal, 'abort')).toEqual([]);

    const controller = new AbortController();
    const cancelled = build(controller.signal);
    controller.abort('cancelled');
    await expect(cancelled.running).rejects.toThrow();
    expect(getEventListeners(controller.signal, 'abort')).toEqual([]);
  });

  it('never schedules a job on an aborted signal', async () => {
    const { scheduled, build } = setUp();
    const controller = new AbortController();
    controller.abort('shutdown');
    const step = build(controller.signal);
    expect(scheduled).toEqual([]);
    await expect(step.running).rejects.toThrow(/^the host stopped while the step ran$/);
  });

  it('fails at once with the signal’s words when cancelled, then cancels its build job', async () => {
    const { cancelled, build } = setUp();
    const controller = new AbortController();
    const step = build(controller.signal);
    controller.abort('timeout');
    // Settled before the farm is even asked to cancel the job (that waits for the next turn of the event loop).
    const outcome = await Promise.race([step.running.then(() => 'passed', (error: Error) => error.message), nextTurn().then(() => 'still waiting')]);
    expect(outcome).toBe('timed out');
    await nextTurn();
    expect(cancelled).toEqual([{ actor: workflowsActor, jobId: 1 }]);
  });

  it('leaves the build farm alone once the step is over, whatever its signal does later', async () => {
    const { bus, cancelled, build } = setUp();
    const controller = new AbortController();
    const step = build(controller.signal);
    bus.publish(job(1, { status: 'passed', runId: 40, agentHostname: 'runner-1', exitCode: 0 }));
    await step.running;
    controller.abort('shutdown');
    await nextTurn();
    expect(cancelled).toEqual([]);
  });
});

describe('createBuildWaiter', () => {
  it('follows an organization’s jobs topic once, however many of its builds it waits for', () => {
    const bus = fakeBus();
    const waiter = createBuildWaiter(bus.kit);
    waiter.follow('acme');
    waiter.follow('acme');
    void waiter.finished('acme', 1);
    void waiter.finished('globex', 2);
    expect(bus.topics()).toEqual(['jobs:updates:acme', 'jobs:updates:globex']);
  });

  it('resolves with the job when it ends, not on updates before that, following the organization on its own', async () => {
    const bus = fakeBus();
    const waiter = createBuildWaiter(bus.kit);
    let ended: Job | undefined;
    void waiter.finished('acme', 5).then((j) => (ended = j));
    bus.publish(job(5, { status: 'building' }));
    await nextTurn();
    expect(ended).toBeUndefined();
    bus.publish(job(5, { status: 'passed', exitCode: 0 }));
    await nextTurn();
    expect(ended).toMatchObject({ id: 5, status: 'passed', exitCode: 0 });
  });

  it('stops waiting for a job it was told to forget', async () => {
    const bus = fakeBus();
    const waiter = createBuildWaiter(bus.kit);
    let ended: Job | undefined;
    void waiter.finished('acme', 6).then((j) => (ended = j));
    waiter.forget(6);
    bus.publish(job(6, { status: 'cancelled' }));
    await nextTurn();
    expect(ended).toBeUndefined();
  });
});
