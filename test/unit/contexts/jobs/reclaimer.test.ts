/**
 * Reclaiming the runs of lost agents: the exact silence that counts as lost, the console line that says why (in
 * minutes or seconds, and whether the agent ever called), the sweep's own timer (a quarter of the timeout, kept
 * between 50 ms and 30 s) and that disposing the context stops it.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { systemRef } from '../../../../src/main/kernel/actor';
import { createJobWrites } from '../../../../src/main/contexts/jobs/createJobWrites';
import { createReclaimer } from '../../../../src/main/contexts/jobs/createReclaimer';
import type { AgentDirectory } from '../../../../src/main/contexts/jobs/createAgentProtocol';
import { createJobRows } from '../../../../src/main/contexts/jobs/jobRows';
import type { Run } from '../../../../src/shared/contract';
import { createTestCore, type TestCore } from '../../../support/createTestCore';

describe('jobs: reclaiming runs of lost agents', () => {
  let core: TestCore | undefined;

  afterEach(() => {
    core?.dispose();
    core = undefined;
    vi.useRealTimers();
  });

  /** A core whose agent took a run just now (the clock is faked, so "now" holds still until moved). */
  const withRun = (reclaimAfterMs: number) => {
    core = createTestCore({ buildFarm: { lostAfterMs: 1000, reclaimAfterMs } });
    const agent = core.agents.register(core.acme, { hostname: 'build-01' });
    core.jobs.schedule(core.acme, { name: 'stuck', command: 'make' });
    const { run } = core.jobs.askForWork(core.acme, agent.uuid)!;
    return { core, run, agent };
  };
  const detail = (c: TestCore, run: Run) => c.load<{ run: Run; console: string }>('runs.detail', { runId: run.id }, c.acme);
  const later = (ms: number) => vi.setSystemTime(Date.now() + ms);

  describe('a sweep', () => {
    it('leaves a run whose agent was silent for exactly the timeout, and fails it a millisecond later', () => {
      vi.useFakeTimers({ toFake: ['Date'] });
      const { core: c, run } = withRun(60_000);
      later(60_000);
      expect(c.jobs.reclaim()).toEqual([]);
      expect(detail(c, run).run.status).toBe('assigned');
      later(1);
      expect(c.jobs.reclaim()).toEqual([run.id]);
      expect(detail(c, run).run.status).toBe('failed');
    });

    it('says the timeout in whole minutes, and when the agent was last seen', () => {
      vi.useFakeTimers({ toFake: ['Date'] });
      const { core: c, run } = withRun(90_000);
      const seen = new Date(Date.now()).toISOString();
      later(90_001);
      c.jobs.reclaim();
      expect(detail(c, run).console).toBe(`[switchboard] run failed: agent build-01 lost contact for more than 2 min (last seen ${seen})\n`);
    });

    it('says a timeout under a minute in seconds', () => {
      vi.useFakeTimers({ toFake: ['Date'] });
      const { core: c, run } = withRun(30_000);
      const seen = new Date(Date.now()).toISOString();
      later(30_001);
      expect(c.jobs.reclaim()).toEqual([run.id]);
      expect(detail(c, run).console).toBe(`[switchboard] run failed: agent build-01 lost contact for more than 30 s (last seen ${seen})\n`);
    });

    it('opens no write when nothing is stale, so it may run even inside another write', () => {
      vi.useFakeTimers({ toFake: ['Date'] });
      const { core: c } = withRun(60_000);
      const head = c.kernel.log.head();
      expect(c.kernel.write(systemRef('test'), () => c.jobs.reclaim())).toEqual([]);
      expect(c.kernel.log.head()).toBe(head);
    });
  });

  describe('an agent that never called after taking its run', () => {
    // The agents context always has a contact for an agent that asked for work; a directory that has none (the
    // agent's row deleted, then the app restarted) is stood in for here.
    const silentDirectory = (c: TestCore): AgentDirectory => ({
      find: (orgId, uuid) => c.agents.find(orgId, uuid),
      orgOf: (uuid) => c.agents.orgOf(uuid),
      recordContact: () => undefined,
      lastContact: () => undefined,
    });

    it('counts the silence from when the run was handed out, and says it never called', () => {
      vi.useFakeTimers({ toFake: ['Date'] });
      const { core: c, run } = withRun(60_000);
      const rows = createJobRows(c.kernel.db);
      const reclaim = createReclaimer(c.kernel.write, rows, createJobWrites(c.kernel.db, rows), silentDirectory(c), 60_000);
      later(60_000);
      expect(reclaim()).toEqual([]);
      later(1);
      expect(reclaim()).toEqual([run.id]);
      expect(detail(c, run).console).toBe('[switchboard] run failed: agent build-01 lost contact for more than 1 min (it never called after taking the run)\n');
    });
  });

  describe("the context's timer", () => {
    const fakeClockAndTimers = () => vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
    /** Moves the clock `ms` on, running due timers, and says whether the run has been failed by then. */
    const failedAfter = (c: TestCore, run: Run, ms: number) => {
      vi.advanceTimersByTime(ms);
      return detail(c, run).run.status === 'failed';
    };

    it('sweeps every quarter of the timeout', () => {
      fakeClockAndTimers();
      const { core: c, run } = withRun(60_000); // sweeps at 15, 30, 45, 60 (silent exactly 60 s: not yet) and 75 s
      expect(failedAfter(c, run, 74_999)).toBe(false);
      expect(failedAfter(c, run, 1)).toBe(true);
    });

    it('sweeps no more often than every 50 ms', () => {
      fakeClockAndTimers();
      const { core: c, run } = withRun(100); // a quarter would be 25 ms; sweeps at 50, 100 and 150 ms
      expect(failedAfter(c, run, 149)).toBe(false);
      expect(failedAfter(c, run, 1)).toBe(true);
    });

    it('sweeps at least every 30 s', () => {
      fakeClockAndTimers();
      const { core: c, run } = withRun(200_000); // a quarter would be 50 s; sweeps at 30 s steps: 180, 210 s
      expect(failedAfter(c, run, 209_999)).toBe(false);
      expect(failedAfter(c, run, 1)).toBe(true);
    });

    it('stops sweeping once the core is disposed', () => {
      fakeClockAndTimers();
      const { core: c } = withRun(60_000);
      c.dispose();
      core = undefined;
      expect(vi.getTimerCount()).toBe(0);
      expect(() => vi.advanceTimersByTime(120_000)).not.toThrow();
    });
  });
});
