/**
 * The agent protocol's quieter guarantees: every status report and console call is a contact that keeps the agent's
 * run alive, and a status report that changes nothing writes nothing.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Agent, LogEvent, Run } from '../../../../src/shared/contract';
import type { TestCore } from '../../../support/createTestCore';
import { startBuildFarmCore, stopBuildFarmCore } from './buildFarmCore';

describe('jobs: agent protocol', () => {
  let core: TestCore;
  let agent: Agent;

  beforeEach(() => ({ core, agent } = startBuildFarmCore()));
  afterEach(() => stopBuildFarmCore(core));

  const takeRun = (): Run => {
    core.jobs.schedule(core.acme, { name: 'build', command: 'make' });
    return core.jobs.askForWork(core.acme, agent.uuid)!.run;
  };
  const later = (ms: number) => vi.setSystemTime(Date.now() + ms);

  it('writes nothing when an agent reports the status its run already has', () => {
    const run = takeRun();
    const building = core.jobs.reportStatus(core.acme, { runId: run.id, status: 'building' });
    const events: LogEvent[] = [];
    const stop = core.kernel.bus.subscribe(`agent_job_run_console:${run.id}`, (e) => events.push(e));
    const head = core.kernel.log.head();
    expect(core.jobs.reportStatus(core.acme, { runId: run.id, status: 'building' })).toEqual(building);
    expect(core.kernel.log.head()).toBe(head);
    expect(events).toEqual([]);
    stop();
  });

  it("counts a status report as the agent's contact, so its run is not reclaimed", () => {
    const run = takeRun();
    const asked = Date.now();
    later(50_000);
    core.jobs.reportStatus(core.acme, { runId: run.id, status: 'building' });
    expect(core.agents.lastContact(agent.uuid)).toBe(asked + 50_000);
    expect(core.agents.find('acme', agent.uuid)!.lastContactAt).toBe(new Date(asked + 50_000).toISOString());
    later(11_000); // 61 s after asking for work, 11 s after reporting
    expect(core.jobs.reclaim()).toEqual([]);
    expect(core.load<{ run: Run }>('runs.detail', { runId: run.id }, core.acme).run.status).toBe('building');
  });

  it("counts a console call, even an empty one, as the agent's contact", () => {
    const run = takeRun();
    core.jobs.reportStatus(core.acme, { runId: run.id, status: 'building' });
    const reported = Date.now();
    later(50_000);
    expect(core.jobs.appendConsole(core.acme, { runId: run.id, text: '' })).toEqual({ consoleLength: 0, cancelRequested: false });
    expect(core.agents.lastContact(agent.uuid)).toBe(reported + 50_000);
    later(11_000);
    expect(core.jobs.reclaim()).toEqual([]);
  });
});
