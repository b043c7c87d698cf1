/** Real agent processes share an organization's queue: every job runs exactly once, and a disabled agent gets none. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Agent } from '../../../src/shared/contract';
import { startTestHost, type TestHost } from '../../support/startTestHost';
import { waitFor } from '../../support/waitFor';
import { acme, createAgentPool, rest } from './agentProcesses';

describe('switchboard-agent: scheduling', () => {
  let t: TestHost | undefined;
  const pool = createAgentPool();

  beforeEach(async () => {
    t = await startTestHost();
  });
  afterEach(async () => {
    await pool.stopAll();
    await t?.close();
    t = undefined;
  });

  const startAgent = (host: TestHost, hostname: string, env?: Record<string, string>) =>
    pool.start(['--server', host.host.url, '--token-file', pool.tokenFile(host.token('acme')), '--hostname', hostname, '--poll-ms', '50'], env);

  it('two agents run five jobs: each passes, on one agent, exactly once, and both agents work', async () => {
    const host = t!;
    const org = acme(host);
    const agents = [startAgent(host, 'pool-a.acme'), startAgent(host, 'pool-b.acme')];
    const uuids = await Promise.all(agents.map(async (a) => (await a.waitForLine(/registered \S+ as (\S+)/))[1]!));
    expect(new Set(uuids).size).toBe(2);

    const jobs = [];
    for (let n = 1; n <= 5; n++) jobs.push(await org.schedule(`job-${n}`, `sleep 0.2; echo job-${n}`));
    const details = [];
    for (const job of jobs) details.push(await org.finished(job.id, 15_000));

    expect(details.map((d) => d.run.status)).toEqual(['passed', 'passed', 'passed', 'passed', 'passed']);
    expect(details.map((d) => d.run.exitCode)).toEqual([0, 0, 0, 0, 0]);
    // Ran once each: one line of console per job (a second run or a resent chunk would repeat it).
    expect(details.map((d) => d.console)).toEqual(jobs.map((j) => `${j.name}\n`));
    expect(new Set(details.map((d) => d.run.id)).size).toBe(5);
    for (const d of details) expect(uuids).toContain(d.run.agentUuid);
    expect(new Set(details.map((d) => d.run.agentUuid)).size).toBe(2);

    // The REST view agrees, and no run is left anywhere but on these two agents.
    for (const job of jobs) {
      const { status, json } = await rest(host, 'GET', `/api/jobs/${job.id}`);
      expect(status).toBe(200);
      expect(json).toMatchObject({ job: { id: job.id, status: 'passed' }, run: { status: 'passed' } });
    }
    const runsPerAgent = uuids.map((uuid) => (host.app.kernel.registry.load('runs.byAgent', { agentUuid: uuid }, host.app.authenticate(host.token('acme'))).data as unknown[]).length);
    expect(runsPerAgent.reduce((a, b) => a + b)).toBe(5);
    expect(Math.min(...runsPerAgent)).toBeGreaterThan(0);
  });

  it('a disabled agent keeps asking but gets no work; enabled again, it runs the queue', async () => {
    const host = t!;
    const org = acme(host);
    const agent = startAgent(host, 'disabled-1.acme', { SWITCHBOARD_DEBUG: 'switchboard:agent' });
    const uuid = (await agent.waitForLine(/registered \S+ as (\S+)/))[1]!;
    const disabled = await rest(host, 'PUT', `/api/agents/${uuid}/disable`);
    expect(disabled).toMatchObject({ status: 200, json: { enabled: false } });

    const jobs = [await org.schedule('held-1', 'echo one'), await org.schedule('held-2', 'echo two')];
    // Not a fixed pause: wait until the agent has asked several times since the jobs were queued.
    const asks = () => agent.output().split('\n').filter((l) => l.endsWith('asked for work: none')).length;
    const before = asks();
    await waitFor(() => asks() >= before + 5, 'five more asks for work', 10_000);
    // The demo agents are enabled too, but they never ask, so nothing can take these jobs.
    expect(jobs.map((j) => org.job(j.id).job.status)).toEqual(['scheduled', 'scheduled']);
    expect(jobs.map((j) => org.job(j.id).run)).toEqual([null, null]);
    const { json } = await rest(host, 'GET', '/api/agents');
    expect((json as { agents: Agent[] }).agents.find((a) => a.uuid === uuid)).toMatchObject({ enabled: false });

    expect((await rest(host, 'PUT', `/api/agents/${uuid}/enable`)).status).toBe(200);
    for (const job of jobs) expect((await org.finished(job.id)).run).toMatchObject({ status: 'passed', agentUuid: uuid });
  });

  it('a second agent process with the same hostname reuses the registered agent instead of failing', async () => {
    const host = t!;
    const first = startAgent(host, 'Reuse-1.acme');
    const uuid = (await first.waitForLine(/registered \S+ as (\S+)/))[1]!;
    first.child.kill('SIGTERM');
    expect(await first.exited).toEqual({ code: 0, signal: null });

    const second = startAgent(host, 'reuse-1.ACME');
    const line = await second.waitForLine(/registered (\S+) as (\S+) \(already known to the host\)/);
    expect(line[2]).toBe(uuid);
    const job = await acme(host).schedule('after-restart', 'echo again');
    expect((await acme(host).finished(job.id)).run).toMatchObject({ status: 'passed', agentUuid: uuid });
  });
});
