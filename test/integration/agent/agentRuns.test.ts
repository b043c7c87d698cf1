/** What a real agent makes of one run: its status and exit code, its whole console, and cancellation on SIGTERM. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestHost, type TestHost } from '../../support/startTestHost';
import { waitFor } from '../../support/waitFor';
import { acme, createAgentPool, type AgentProcess } from './agentProcesses';
import { groupExists, killGroupIfLeft } from '../../support/processGroups';

describe('switchboard-agent: runs', () => {
  let t: TestHost | undefined;
  let agent: AgentProcess;
  let scratch: string;
  const pool = createAgentPool();
  /** Process groups of jobs a test saw; killed after it, so a failing test leaves no job running. */
  const groups: number[] = [];

  beforeAll(() => {
    scratch = mkdtempSync(join(tmpdir(), 'switchboard-agent-runs-'));
  });
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  beforeEach(async () => {
    t = await startTestHost();
    agent = pool.start(['--server', t.host.url, '--token-file', pool.tokenFile(t.token('acme')), '--hostname', 'runner-1.acme', '--poll-ms', '50']);
    await agent.waitForLine(/registered \S+ as \S+/);
  });
  afterEach(async () => {
    await pool.stopAll();
    for (const group of groups.splice(0)) killGroupIfLeft(group);
    await t?.close();
    t = undefined;
  });

  it('a failing command ends failed with its exit code, its stdout and stderr in the console', async () => {
    const org = acme(t!);
    const job = await org.schedule('fails', 'echo to-stdout; echo to-stderr >&2; exit 3');
    const { run, console: text } = await org.finished(job.id);
    expect(run).toMatchObject({ status: 'failed', exitCode: 3 });
    expect(text.split('\n').sort()).toEqual(['', 'to-stderr', 'to-stdout']);
  });

  it('a command killed by a signal ends failed without an exit code, and the console says why', async () => {
    const org = acme(t!);
    const job = await org.schedule('killed', 'echo before; kill -9 $$');
    const { run, console: text } = await org.finished(job.id);
    expect(run).toMatchObject({ status: 'failed', exitCode: null });
    expect(text).toBe('before\n[switchboard-agent] the command was killed by SIGKILL\n');
  });

  it('gives the command its run id and job name in the environment', async () => {
    const org = acme(t!);
    const job = await org.schedule('env check', 'printf "%s|%s" "$SWITCHBOARD_RUN_ID" "$SWITCHBOARD_JOB_NAME"');
    const { run, console: text } = await org.finished(job.id);
    expect(run.status).toBe('passed');
    expect(text).toBe(`${run.id}|env check`);
  });

  it('a console of 50,000 lines arrives complete and in order', async () => {
    const org = acme(t!);
    const started = performance.now();
    const job = await org.schedule('many lines', 'seq 1 50000');
    const { run, console: text } = await org.finished(job.id, 30_000);
    const expected = Array.from({ length: 50_000 }, (_, i) => `${i + 1}\n`).join('');
    expect(run).toMatchObject({ status: 'passed', exitCode: 0, consoleLength: expected.length });
    expect(text === expected).toBe(true); // one boolean, so a failure doesn't print 290 KB twice
    console.info(`50,000 lines: scheduled to passed in ${Math.round(performance.now() - started)} ms`);
  }, 40_000);

  it('megabytes of multi-byte text and control characters (JSON escapes) arrive intact across chunks', async () => {
    const org = acme(t!);
    // Each line: emoji (surrogate pairs), accents and control characters that JSON escapes as \u0001 (6 bytes).
    const line = (i: number) => `${i} é✓😀 ${'\u0001'.repeat(100)}\t"q"\\\n`;
    const script = join(scratch, 'print.mjs');
    writeFileSync(script, `const line = ${line.toString()};\nfor (let i = 0; i < 20000; i++) process.stdout.write(line(i));\n`);
    const job = await org.schedule('wide output', `"${process.execPath}" "${script}"`);
    const { run, console: text } = await org.finished(job.id, 30_000);
    const expected = Array.from({ length: 20_000 }, (_, i) => line(i)).join('');
    expect(run.status).toBe('passed');
    expect(text.length).toBe(expected.length);
    expect(text === expected).toBe(true);
  }, 40_000);

  it('SIGTERM while a job runs: the job is killed, the run ends cancelled and the agent exits 0 quickly', async () => {
    const org = acme(t!);
    // The `sleep` runs in the background with its output elsewhere: only a signal to the whole group reaches it.
    const job = await org.schedule('long', 'echo "group $$"; sleep 30 >/dev/null 2>&1 & wait; echo never');
    const detail = await waitFor(() => {
      const { run } = org.job(job.id);
      return run && org.run(run.id).console.match(/^group (\d+)$/m);
    }, 'the job to start and print its process group', 10_000);
    const group = Number(detail[1]);
    groups.push(group);
    expect(org.job(job.id).run).toMatchObject({ status: 'building' });

    const signalled = performance.now();
    agent.child.kill('SIGTERM');
    expect(await agent.exited).toEqual({ code: 0, signal: null });
    expect(performance.now() - signalled).toBeLessThan(4000);

    const { run, console: text } = org.run(org.job(job.id).run!.id);
    expect(run.status).toBe('cancelled');
    expect(text).toBe(`group ${group}\n[switchboard-agent] cancelled: the agent is stopping\n`);
    expect(org.job(job.id).job.status).toBe('cancelled');
    // The shell and its `sleep` child are both gone: the whole process group was signalled.
    await waitFor(() => !groupExists(group), `process group ${group} to be gone`, 3000);
  });

  it('an agent killed mid-run and restarted under the same hostname runs its held run again and finishes it', async () => {
    const org = acme(t!);
    const job = await org.schedule('survives', 'echo "attempt $$"; sleep 0.5; echo done');
    const first = await waitFor(() => {
      const { run } = org.job(job.id);
      return run && org.run(run.id).console.match(/^attempt (\d+)$/m);
    }, 'the first attempt to start', 10_000);
    groups.push(Number(first[1]));
    agent.child.kill('SIGKILL'); // no chance to cancel: the host still sees the run building on this agent
    await agent.exited;
    expect(org.job(job.id).run).toMatchObject({ status: 'building' });

    const again = pool.start(['--server', t!.host.url, '--token-file', pool.tokenFile(t!.token('acme')), '--hostname', 'runner-1.acme', '--poll-ms', '50']);
    await again.waitForLine(/already known to the host/);
    const { run, console: text } = await org.finished(job.id);
    expect(run.status).toBe('passed');
    expect(text).toMatch(/^attempt \d+\n\[switchboard-agent\] the agent restarted; running the command again\nattempt \d+\ndone\n$/);
  });

  it('a background process left holding the output does not keep the run open: it is killed with its group', async () => {
    const org = acme(t!);
    const job = await org.schedule('leaves a daemon', 'echo "group $$"; sleep 30 & echo left');
    const { run, console: text } = await org.finished(job.id, 10_000);
    const group = Number(/^group (\d+)$/m.exec(text)![1]);
    groups.push(group);
    expect(run).toMatchObject({ status: 'passed', exitCode: 0 });
    expect(text).toBe(`group ${group}\nleft\n`);
    await waitFor(() => !groupExists(group), `process group ${group} to be gone`, 3000);
  });

  it('SIGINT while idle exits 0 at once', async () => {
    const signalled = performance.now();
    agent.child.kill('SIGINT');
    expect(await agent.exited).toEqual({ code: 0, signal: null });
    expect(performance.now() - signalled).toBeLessThan(1000);
  });
});

/** Whether any process of the group still runs. Zombies don't count: reaping an orphan is init's job, not the agent's. */
