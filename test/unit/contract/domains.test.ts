/**
 * The contract is one declaration per domain: types flow from `topicFamily` and `defineDomain` without a second
 * declaration, and the runtime lists are derived from the one domain list. Type assertions here are checked by
 * `npm run typecheck`; the runtime ones by vitest.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import {
  agentsTopic,
  commandSpecs,
  domains,
  findTopicFamily,
  jobNotice,
  runConsoleTopic,
  topicFamilies,
  topicFamily,
  viewSpecs,
  type AgentEvent,
  type CommandName,
  type Job,
  type Topics,
  type ViewEvent,
  type ViewName,
} from '../../../src/shared/contract';

describe('contract domains', () => {
  it('types a family from its template and schemas: build() returns the template type, events are inferred', () => {
    const family = topicFamily('user:{user}:notifications', { notified: z.object({ id: z.number() }) });
    const topic = family.build({ user: 'bob' });
    expect(topic).toBe('user:bob:notifications');
    expectTypeOf(topic).toEqualTypeOf<`user:${string}:notifications`>();
    expectTypeOf(family.params).toEqualTypeOf<readonly 'user'[]>();
    // @ts-expect-error a param the template does not name
    expect(() => family.build({ org: 'x' })).toThrow(/invalid topic param user/);
    expect(family.match('user:bob:notifications')).toEqual({ user: 'bob' });
    expect(family.match('user:bob:other')).toBeNull();
    expect(family.event.safeParse({ type: 'notified', payload: { id: 1 } }).success).toBe(true);
    expect(family.event.safeParse({ type: 'notified', payload: { id: 'x' } }).success).toBe(false);
  });

  it('refuses a param value that would cross into another topic', () => {
    expect(() => agentsTopic.build({ org: 'acme:x' })).toThrow(/invalid topic param/);
    expect(() => agentsTopic.build({ org: '' })).toThrow(/invalid topic param/);
  });

  it('merges Topics, Commands and Views from the domain list, with nothing typed twice', () => {
    expectTypeOf<Topics[`agents:updates:${string}`]>().toEqualTypeOf<AgentEvent>();
    expectTypeOf<ViewEvent<'runs.detail'>['type']>().toEqualTypeOf<'console_append' | 'run_updated'>();
    expectTypeOf<ViewEvent<'agents.list'>>().toEqualTypeOf<AgentEvent>();
    expectTypeOf<'agents.register'>().toExtend<CommandName>();
    expectTypeOf<'nope.command'>().not.toExtend<CommandName>();
    expectTypeOf<'kernel.stats'>().toExtend<ViewName>();
    expect(Object.keys(commandSpecs)).toContain('jobs.schedule');
    expect(Object.keys(viewSpecs)).toContain('about.app');
    expect(topicFamilies).toContain(runConsoleTopic);
    expect(topicFamilies).toHaveLength(domains.reduce((n, d) => n + Object.keys(d.topics).length, 0));
  });

  it('finds the family of a topic, and none for a topic nobody declared', () => {
    expect(findTopicFamily('agent_job_run_console:42')).toEqual({ family: runConsoleTopic, params: { run: '42' } });
    expect(findTopicFamily('agents:updates:acme:extra')).toBeUndefined();
    expect(findTopicFamily('secrets:all')).toBeUndefined();
  });
});

describe('jobNotice', () => {
  const job = (status: Job['status'], extra: Partial<Job> = {}): Job => ({
    id: 7, orgId: 'acme', name: 'build', command: 'make', status, createdAt: '', runId: 3, agentUuid: 'a', agentHostname: 'build-01',
    startedAt: null, finishedAt: null, exitCode: null, cancelRequested: false, rerunOf: null, scheduledBy: 'user:bob', ...extra,
  });

  it('tells once when a run ends: failures stay until dismissed, passes and cancels do not', () => {
    expect(jobNotice('building', job('failed', { exitCode: 2 }))).toEqual({ kind: 'error', message: 'build #7 failed on build-01 (exit code 2)', jobId: 7, runId: 3, sticky: true });
    expect(jobNotice('building', job('passed'))).toMatchObject({ kind: 'info', message: 'build #7 passed', sticky: false });
    expect(jobNotice('assigned', job('cancelled'))).toMatchObject({ kind: 'info', message: 'build #7 was cancelled' });
  });

  it('says nothing for a job still going, one already known finished, or a queued job cancelled', () => {
    expect(jobNotice('assigned', job('building'))).toBeNull();
    expect(jobNotice('failed', job('failed'))).toBeNull();
    expect(jobNotice('scheduled', job('cancelled', { runId: null }))).toBeNull();
  });
});
