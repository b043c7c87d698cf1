/**
 * Cancel, re-run and liveness with real agent processes: a cancel reaches a silent command's whole process group
 * within its heartbeat, a queued job cancelled never runs, a re-run runs again, and an agent killed with SIGKILL
 * is shown lost within the threshold and its run reclaimed after the timeout (both shortened here).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { agentLiveness, type Agent, type Job } from '../../../src/shared/contract';
import { startTestHost, type TestHost } from '../../support/startTestHost';
import { waitFor } from '../../support/waitFor';
import { acme, createAgentPool, rest, type AgentProcess } from './agentProcesses';
import { groupExists, killGroupIfLeft } from '../../support/processGroups';

const LOST_AFTER_MS = 1000;
const RECLAIM_AFTER_MS = 2500;

describe('switchboard-agent: cancel, re-run, liveness', () => {
  let t: TestHost | undefined;
  let agent: AgentProcess;
  const pool = createAgentPool();
  const groups: number[] = [];

  beforeEach(async () => {
    t = await startTestHost({ buildFarm: { lostAfterMs: LOST_AFTER_MS, reclaimAfterMs: RECLAIM_AFTER_MS } });
    agent = pool.start(['--server', t.host.url, '--token-file', pool.tokenFile(t.token('acme')), '--hostname', 'cancel-1.acme', '--poll-ms', '50']);
    await agent.waitForLine(/registered \S+ as \S+/);
  });
  afterEach(async () => {
    await pool.stopAll();
    for (const group of groups.splice(0)) killGroupIfLeft(group);
    await t?.close();
    t = undefined;
  });

  /** Schedules a silent long command and waits until it runs, returning its job and process group. */
  async function startLongJob(name: string) {
    const org = acme(t!);
    const job = await org.schedule(name, 'echo "group $$"; sleep 30 >/dev/null 2>&1 & wait; echo never');
    const match = await waitFor(() => {
      const { run } = org.job(job.id);
      return run && org.run(run.id).console.match(/^group (\d+)$/m);
    }, 'the job to start and print its process group', 10_000);
    groups.push(Number(match[1]));
    return { org, job, group: Number(match[1]) };
  }

  it('cancels a building run: the agent stops the process group and reports cancelled within 2 s', async () => {
    const { org, job, group } = await startLongJob('long');
    const asked = performance.now();
    const answer = await rest(t!, 'POST', `/api/jobs/${job.id}/cancel`);
    expect(answer).toMatchObject({ status: 200, json: { status: 'building', cancelRequested: true } });
    const { run, console: text } = await org.finished(job.id, 5000);
    expect(performance.now() - asked).toBeLessThan(2000);
    expect(run.status).toBe('cancelled');
    expect(text.endsWith('[switchboard-agent] cancelled: cancel requested on the host\n')).toBe(true);
    expect(text).toContain('[switchboard] cancel requested by the REST API; waiting for agent cancel-1.acme to stop the command\n');
    await waitFor(() => !groupExists(group), `process group ${group} to be gone`, 3000);
    // The agent carries on: the next job runs.
    const next = await org.schedule('after', 'echo ok');
    expect((await org.finished(next.id)).run.status).toBe('passed');
  });

  it('cancels a queued job so it never runs, and re-runs it as a new job that does', async () => {
    const org = acme(t!);
    const agents = (await rest(t!, 'GET', '/api/agents')).json as { agents: Agent[] };
    const uuid = agents.agents.find((a) => a.hostname === 'cancel-1.acme')!.uuid;
    expect((await rest(t!, 'PUT', `/api/agents/${uuid}/disable`)).status).toBe(200);
    const job = await org.schedule('queued', 'echo ran');
    expect((await rest(t!, 'POST', `/api/jobs/${job.id}/cancel`)).json).toMatchObject({ status: 'cancelled' });
    expect((await rest(t!, 'PUT', `/api/agents/${uuid}/enable`)).status).toBe(200);
    const rerun = await rest(t!, 'POST', `/api/jobs/${job.id}/rerun`);
    expect(rerun.status).toBe(201);
    const again = rerun.json as Job;
    const { run, console: text } = await org.finished(again.id);
    expect(run.status).toBe('passed');
    expect(text).toBe('ran\n');
    expect(org.job(job.id)).toMatchObject({ job: { status: 'cancelled' }, run: null });
  });

  it('shows an agent killed with SIGKILL as lost within the threshold, and reclaims its run after the timeout', async () => {
    const { org, job } = await startLongJob('orphaned');
    const uuid = org.job(job.id).run!.agentUuid;
    const liveness = () => {
      const list = (t!.app.kernel.registry.load('agents.list', {}, t!.app.authenticate(t!.token('acme'))).data as Agent[]);
      return agentLiveness(list.find((a) => a.uuid === uuid)!, Date.now(), LOST_AFTER_MS);
    };
    expect(liveness()).toBe('alive');
    agent.child.kill('SIGKILL');
    const killed = performance.now();
    await waitFor(() => liveness() === 'lost', 'the agent to be shown lost', LOST_AFTER_MS + 1000);
    expect(performance.now() - killed).toBeLessThan(LOST_AFTER_MS + 1000);
    const { run, console: text } = await org.finished(job.id, RECLAIM_AFTER_MS + 3000);
    expect(run.status).toBe('failed');
    expect(text).toMatch(/\[switchboard\] run failed: agent cancel-1\.acme lost contact for more than 3 s \(last seen .+\)\n$/);
    expect(performance.now() - killed).toBeGreaterThan(RECLAIM_AFTER_MS - 500);
  });
});
