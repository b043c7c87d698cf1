/**
 * Cancel and re-run in detail: who the console says asked, the lost-agent threshold, a repeated cancel, who a
 * re-run is queued by, the queue count a cancelled queued job broadcasts, and the host's console notes, which
 * always start on a line of their own.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Agent, LogEvent, Run } from '../../../../src/shared/contract';
import type { TestCore } from '../../../support/createTestCore';
import { startBuildFarmCore, stopBuildFarmCore } from './buildFarmCore';

describe('jobs: cancel and re-run', () => {
  let core: TestCore;
  let agent: Agent;

  beforeEach(() => ({ core, agent } = startBuildFarmCore()));
  afterEach(() => stopBuildFarmCore(core));

  /** A job whose run is building, with `text` already in its console. */
  const building = (text = '') => {
    const job = core.jobs.schedule(core.acme, { name: 'long', command: 'sleep 100' });
    const { run } = core.jobs.askForWork(core.acme, agent.uuid)!;
    core.jobs.reportStatus(core.acme, { runId: run.id, status: 'building' });
    core.jobs.appendConsole(core.acme, { runId: run.id, text });
    return { job, run };
  };
  const detail = (run: Run) => core.load<{ run: Run; console: string }>('runs.detail', { runId: run.id }, core.acme);
  const waiting = (who: string) => `[switchboard] cancel requested by ${who}; waiting for agent build-01 to stop the command\n`;

  describe("the host's console note", () => {
    it('starts on a new line when the console ends mid-line', () => {
      const { job, run } = building('compiling');
      core.jobs.cancel(core.user('bob'), job.id);
      expect(detail(run).console).toBe(`compiling\n${waiting('Bob')}`);
    });

    it('adds no blank line when the console is empty or already ends with a newline', () => {
      const empty = building('');
      core.jobs.cancel(core.user('bob'), empty.job.id);
      expect(detail(empty.run).console).toBe(waiting('Bob'));
      core.jobs.reportStatus(core.acme, { runId: empty.run.id, status: 'cancelled' });

      const whole = building('done\n');
      core.jobs.cancel(core.user('bob'), whole.job.id);
      expect(detail(whole.run).console).toBe(`done\n${waiting('Bob')}`);
    });
  });

  it('says the REST API asked when a cancel comes with a token', () => {
    const { job, run } = building();
    core.jobs.cancel(core.acme, job.id);
    expect(detail(run).console).toBe(waiting('the REST API'));
  });

  it('says the REST API ended the run when its agent is lost', () => {
    const { job, run } = building();
    vi.setSystemTime(Date.now() + 5000);
    core.jobs.cancel(core.acme, job.id);
    expect(detail(run).console).toBe('[switchboard] cancelled by the REST API; agent build-01 is not in contact, so the host ended the run\n');
  });

  it('still waits for an agent silent for exactly the lost threshold', () => {
    const { job, run } = building();
    vi.setSystemTime(Date.now() + 1000);
    expect(core.jobs.cancel(core.user('bob'), job.id)).toMatchObject({ status: 'building', cancelRequested: true });
    expect(detail(run).console).toBe(waiting('Bob'));
  });

  it('writes nothing when a cancel was already requested', () => {
    const { job, run } = building('working\n');
    const first = core.jobs.cancel(core.user('bob'), job.id);
    const head = core.kernel.log.head();
    expect(core.jobs.cancel(core.user('alice'), job.id)).toEqual(first);
    expect(core.kernel.log.head()).toBe(head);
    expect(detail(run).console).toBe(`working\n${waiting('Bob')}`);
  });

  it('records a re-run as queued by whoever asked for it', () => {
    const job = core.jobs.schedule(core.acme, { name: 'build', command: 'make' });
    expect(job.scheduledBy).toBe('api:acme');
    core.jobs.cancel(core.acme, job.id);
    expect(core.jobs.rerun(core.user('bob'), job.id)).toMatchObject({ rerunOf: job.id, scheduledBy: 'user:bob' });
    expect(core.jobs.rerun(core.acme, job.id)).toMatchObject({ rerunOf: job.id, scheduledBy: 'api:acme' });
  });

  it('broadcasts the smaller queue when a queued job is cancelled', () => {
    const counts: number[] = [];
    const stop = core.kernel.bus.subscribe('scheduler:updates:acme', (e: LogEvent<'scheduler:updates:acme'>) => {
      if (e.type === 'pending_count') counts.push(e.payload.count);
    });
    const first = core.jobs.schedule(core.acme, { name: 'a', command: 'true' });
    core.jobs.schedule(core.acme, { name: 'b', command: 'true' });
    core.jobs.cancel(core.user('bob'), first.id);
    expect(counts).toEqual([1, 2, 1]);
    stop();
  });
});
