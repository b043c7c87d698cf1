/** The authorization matrix: who may subscribe to which topic, load which view, run which command. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userActor } from '../../../src/main/kernel/actor';
import { commandSpecs, topicFamilies, viewSpecs } from '../../../src/shared/contract';
import { createTestCore, type TestCore } from '../../support/createTestCore';
import { startFixtureRegister, type FixtureRegister } from '../../support/fixtureRegister';
import { waitFor } from '../../support/waitFor';

describe('authorization', () => {
  let core: TestCore;
  let register: FixtureRegister;
  beforeEach(async () => {
    core = createTestCore({ cases: { requestsPerSecond: 0 } });
    register = await startFixtureRegister({ pages: 1, perPage: 1 });
  });
  afterEach(async () => {
    core.dispose();
    await register.close();
  });

  const actor = (user: string) => userActor(core.accounts.resolveUser(user));

  it.each([
    ['alice', 'agents:updates:acme', true],
    ['bob', 'agents:updates:acme', true],
    ['carol', 'agents:updates:acme', false],
    ['carol', 'agents:updates:globex', true],
    ['alice', 'agents:updates:globex', false],
    ['alice', 'organization:acme', true],
    ['carol', 'organization:acme', false],
    ['alice', 'resource:acme.svc-1', true],
    ['carol', 'resource:acme.svc-1', false],
    // A resource key belongs to the organization its prefix names, up to the dot.
    ['alice', 'resource:acmecorp.svc-1', false],
    ['alice', 'resource:acme', false],
    ['alice', 'workflow:999999', false],
    ['alice', 'process:not-a-number', false],
    // A presence room lives inside one organization: the same key in another is another room, not theirs to watch.
    ['alice', 'presence:acme:run.12', true],
    ['bob', 'presence:acme:case.7', true],
    ['carol', 'presence:acme:run.12', false],
    ['carol', 'presence:globex:run.12', true],
    ['alice', 'presence:globex:run.12', false],
  ])('%s subscribing to %s allowed: %s', (user, topic, allowed) => {
    const attempt = () => core.kernel.registry.authorize(actor(user), topic);
    if (allowed) expect(attempt).not.toThrow();
    else expect(attempt).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
  });

  it('refuses unknown topics, anonymous subscribers and anonymous views with typed errors', () => {
    expect(() => core.kernel.registry.authorize(actor('alice'), 'secrets:all')).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
    expect(() => core.kernel.registry.authorize(null, 'agents:updates:acme')).toThrow(expect.objectContaining({ code: 'UNAUTHENTICATED' }));
    expect(() => core.kernel.registry.load('agents.list', {}, null)).toThrow(expect.objectContaining({ code: 'UNAUTHENTICATED' }));
  });

  it("loads only the actor's own organization's view", () => {
    core.agents.register(core.globex, { hostname: 'theirs' });
    core.agents.register(core.acme, { hostname: 'ours' });
    const data = core.kernel.registry.load('agents.list', {}, actor('alice')).data as { hostname: string }[];
    expect(data.map((a) => a.hostname)).toEqual(['ours']);
  });

  it('runs public commands without a session and nothing else', async () => {
    await expect(core.kernel.registry.run('session.users', {}, { actor: null })).resolves.toHaveLength(3);
    await expect(core.kernel.registry.run('agents.register', { hostname: 'x' }, { actor: null })).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  /** One topic of each family for acme and for globex: every family of the contract must have a row here. */
  async function topicMatrix(): Promise<Record<string, { acme: string; globex: string }>> {
    const a = core.agents.register(core.acme, { hostname: 'matrix-a' });
    const g = core.agents.register(core.globex, { hostname: 'matrix-g' });
    core.jobs.schedule(core.acme, { name: 'a', command: 'true' });
    core.jobs.schedule(core.globex, { name: 'g', command: 'true' });
    const runA = core.jobs.askForWork(core.acme, a.uuid)!.run.id;
    const runG = core.jobs.askForWork(core.globex, g.uuid)!.run.id;
    core.queue.define({ name: 'matrix.work', queue: 'matrix', perform: async () => undefined });
    const later = { runInMs: 3_600_000 };
    core.queue.enqueue({ orgId: 'acme', worker: 'matrix.work', args: {}, by: core.acme.ref, options: later });
    core.queue.enqueue({ orgId: 'globex', worker: 'matrix.work', args: {}, by: core.globex.ref, options: later });
    const flow = (actor: typeof core.acme) => {
      const workflow = core.workflows.save(actor, { name: 'matrix', steps: [{ name: 'wait', kind: 'delay', ms: 60_000 }] });
      return { workflow: workflow.id, process: core.workflows.start(actor, { workflowId: workflow.id }).id };
    };
    const [fa, fg] = [flow(core.acme), flow(core.globex)];
    const scraped = async (user: string) => {
      const source = (await core.kernel.registry.run('sources.add', { name: 'm', url: register.url, format: 'html-table' }, { actor: actor(user) })) as { id: number };
      const scrape = (await core.kernel.registry.run('scrapes.start', { sourceId: source.id }, { actor: actor(user) })) as { id: number };
      await waitFor(() => core.cases.scrape(scrape.id)?.status === 'completed', 'the matrix scrape', 5000);
      const kase = (core.kernel.registry.load('cases.page', {}, actor(user)).data as { cases: { id: number }[] }).cases[0]!;
      return { org: user === 'bob' ? 'acme' : 'globex', scrape: scrape.id, kase: kase.id };
    };
    const [ca, cg] = [await scraped('bob'), await scraped('carol')];
    const campaign = async (user: string, marketer: string) =>
      ((await core.kernel.registry.run('campaigns.create', { name: 'm', marketer, targetSize: 3 }, { actor: actor(user) })) as { id: number }).id;
    const [campA, campG] = [await campaign('bob', 'acme-outdoor'), await campaign('carol', 'globex-media')];
    return {
      'campaign:{id}': { acme: `campaign:${campA}`, globex: `campaign:${campG}` },
      'marketer:{marketer}:campaigns': { acme: 'marketer:acme-outdoor:campaigns', globex: 'marketer:globex-media:campaigns' },
      'case:created:{id}': { acme: `case:created:${ca.kase}`, globex: `case:created:${cg.kase}` },
      'case:synced:{id}': { acme: `case:synced:${ca.kase}`, globex: `case:synced:${cg.kase}` },
      'scrapes:{org}': { acme: 'scrapes:acme', globex: 'scrapes:globex' },
      // Rows are per user here: bob's topic is refused even to alice (see the notifications tests).
      'user:{user}:notifications': { acme: 'user:bob:notifications', globex: 'user:carol:notifications' },
      'scrape:{id}': { acme: `scrape:${ca.scrape}`, globex: `scrape:${cg.scrape}` },
      'agents:updates:{org}': { acme: 'agents:updates:acme', globex: 'agents:updates:globex' },
      'presence:{org}': { acme: 'presence:acme', globex: 'presence:globex' },
      'presence:{org}:{room}': { acme: 'presence:acme:run.1', globex: 'presence:globex:run.1' },
      'scheduler:updates:{org}': { acme: 'scheduler:updates:acme', globex: 'scheduler:updates:globex' },
      'jobs:updates:{org}': { acme: 'jobs:updates:acme', globex: 'jobs:updates:globex' },
      'agent_job_runs:{agent}': { acme: `agent_job_runs:${a.uuid}`, globex: `agent_job_runs:${g.uuid}` },
      'agent_job_run_console:{run}': { acme: `agent_job_run_console:${runA}`, globex: `agent_job_run_console:${runG}` },
      'queue:updates:{org}': { acme: 'queue:updates:acme', globex: 'queue:updates:globex' },
      'workflow:{id}': { acme: `workflow:${fa.workflow}`, globex: `workflow:${fg.workflow}` },
      'version:{workflow}': { acme: `version:${fa.workflow}`, globex: `version:${fg.workflow}` },
      'process:{id}': { acme: `process:${fa.process}`, globex: `process:${fg.process}` },
      'resource:{key}': { acme: 'resource:acme.svc-1', globex: 'resource:globex.svc-1' },
      'organization:{org}': { acme: 'organization:acme', globex: 'organization:globex' },
    };
  }

  it("lets a user follow every topic family of the contract in their own organization, and none of another's", async () => {
    const matrix = await topicMatrix();
    // Organization-scoped families are one shared topic: every signed-in user may follow it; the kernel filters events.
    const shared = topicFamilies.filter((f) => 'scope' in f).map((f) => f.template);
    expect(shared.sort()).toEqual(['case:created', 'case:synced']);
    for (const topic of shared) {
      expect(() => core.kernel.registry.authorize(actor('bob'), topic)).not.toThrow();
      expect(() => core.kernel.registry.authorize(actor('carol'), topic)).not.toThrow();
      expect(() => core.kernel.registry.authorize(null, topic)).toThrow(expect.objectContaining({ code: 'UNAUTHENTICATED' }));
    }
    expect(Object.keys(matrix).sort()).toEqual(topicFamilies.filter((f) => !('scope' in f)).map((f) => f.template).sort());
    for (const { acme, globex } of Object.values(matrix)) {
      expect(() => core.kernel.registry.authorize(actor('bob'), acme)).not.toThrow();
      expect(() => core.kernel.registry.authorize(actor('bob'), globex)).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
      expect(() => core.kernel.registry.authorize(actor('carol'), globex)).not.toThrow();
      expect(() => core.kernel.registry.authorize(null, acme)).toThrow(expect.objectContaining({ code: 'UNAUTHENTICATED' }));
    }
  });

  it('loads every view only for a signed-in actor, and only what that actor may see', async () => {
    const matrix = await topicMatrix();
    const acmeCase = Number(matrix['case:synced:{id}']!.acme.split(':')[2]);
    const acmeScrape = Number(matrix['scrape:{id}']!.acme.split(':')[1]);
    const acmeCampaign = Number(matrix['campaign:{id}']!.acme.split(':')[1]);
    const acmeRun = Number(matrix['agent_job_run_console:{run}']!.acme.split(':')[1]);
    const acmeAgent = matrix['agent_job_runs:{agent}']!.acme.split(':')[1]!;
    const acmeWorkflow = Number(matrix['workflow:{id}']!.acme.split(':')[1]);
    const acmeProcess = Number(matrix['process:{id}']!.acme.split(':')[1]);
    const params: Record<string, { mine: unknown; theirs?: unknown }> = {
      'kernel.stats': { mine: {} },
      'about.app': { mine: {} },
      'agents.list': { mine: {} },
      'presence.list': { mine: {} },
      'presence.room': { mine: { room: 'run.1' } },
      'jobs.list': { mine: {} },
      'scheduler.queue': { mine: {} },
      'runs.byAgent': { mine: { agentUuid: acmeAgent } },
      'runs.detail': { mine: { runId: acmeRun } },
      'jobs.detail': { mine: { id: 1 } },
      'queue.dashboard': { mine: {} },
      'queue.job': { mine: { id: 1 } },
      'workflows.list': { mine: {} },
      'workflows.latest': { mine: { workflowId: acmeWorkflow } },
      'processes.detail': { mine: { id: acmeProcess } },
      'processes.get': { mine: { id: acmeProcess } },
      'scrapes.list': { mine: {} },
      'scrapes.get': { mine: { id: acmeScrape } },
      'cases.recent': { mine: {} },
      'cases.page': { mine: {} },
      'cases.detail': { mine: { id: acmeCase } },
      'notifications.inbox': { mine: {} },
      'campaigns.marketers': { mine: {} },
      'campaigns.list': { mine: {} },
      'campaigns.detail': { mine: { id: acmeCampaign } },
      'campaigns.history': { mine: { id: acmeCampaign } },
    };
    expect(Object.keys(params).sort()).toEqual(Object.keys(viewSpecs).sort());
    for (const [view, { mine }] of Object.entries(params)) {
      expect(() => core.kernel.registry.load(view, mine, null)).toThrow(expect.objectContaining({ code: 'UNAUTHENTICATED' }));
      expect(() => core.kernel.registry.load(view, mine, actor('bob'))).not.toThrow();
    }
    for (const [view, p] of [
      ['runs.byAgent', { agentUuid: acmeAgent }],
      ['runs.detail', { runId: acmeRun }],
      ['jobs.detail', { id: 1 }],
      ['queue.job', { id: 1 }],
      ['workflows.latest', { workflowId: acmeWorkflow }],
      ['processes.detail', { id: acmeProcess }],
      ['processes.get', { id: acmeProcess }],
      ['scrapes.get', { id: acmeScrape }],
      ['cases.detail', { id: acmeCase }],
      ['campaigns.detail', { id: acmeCampaign }],
      ['campaigns.history', { id: acmeCampaign }],
    ] as const) {
      expect(() => core.kernel.registry.load(view, p, actor('carol'))).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    }
  });

  it('refuses every non-public command before sign-in', async () => {
    for (const [name, spec] of Object.entries(commandSpecs)) {
      if (spec.public) continue;
      await expect(core.kernel.registry.run(name, {}, { actor: null })).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    }
  });
});
