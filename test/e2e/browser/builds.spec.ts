/**
 * The Builds view and background results as two people see them, with jobs run by the real switchboard-agent:
 * scheduled, queued (waiting while no agent is online), running on the agent that took it, passed; a long run
 * cancelled from its run page in both windows; a failure toasted on another view; a queued job cancelled.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import type { Job, Run } from '../../../src/shared/contract';
import { api, e2eDataDir, e2ePort, orgToken } from '../support/e2eHost';
import { root } from '../support/findElectron';

const agentHost = 'e2e-builds-agent.acme';

async function openAs(browser: Browser, user: string, route: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto(`/?user=${user}#${route}`);
  await expect(page.getByTestId('connection-state')).toHaveText('Live');
  return page;
}

/** A real agent process for the organization acme, asking for work every 100 ms. */
function startAgent(): ChildProcess {
  const bin = join(root, 'packages/switchboard-agent/bin/switchboard-agent.js');
  const args = ['--server', `http://127.0.0.1:${e2ePort}`, '--token-file', join(e2eDataDir, 'tokens', 'acme.token'), '--hostname', agentHost, '--poll-ms', '100'];
  return spawn(process.execPath, [bin, ...args], { stdio: 'ignore' });
}

async function stopAgent(agent: ChildProcess): Promise<void> {
  if (agent.exitCode !== null || agent.signalCode !== null) return;
  const exited = once(agent, 'exit');
  agent.kill('SIGTERM');
  await exited;
}

/** The run an agent made of `job`, once it has one. */
async function runOf(job: Job): Promise<number> {
  let runId: number | null = null;
  await expect
    .poll(async () => (runId = (await api<{ run: Run | null }>('acme', 'GET', `/api/jobs/${job.id}`)).run?.id ?? null), { timeout: 10_000 })
    .not.toBeNull();
  return runId ?? 0;
}

const buildRow = (page: Page, jobId: number) => page.locator(`[data-testid="build-row"][data-job-id="${jobId}"]`);
/** Jobs waiting for an agent, as the host counts them. */
const queuedNow = async () => (await api<{ jobs: Job[] }>('acme', 'GET', '/api/jobs')).jobs.filter((j) => j.status === 'scheduled').length;
/** The sidebar's count says nothing at 0. */
const countText = (n: number) => (n === 0 ? '' : String(n));

test.describe('builds', () => {
  test('bob schedules; alice sees it queued with no agent online, then running on the agent that took it, then passed', async ({ browser }) => {
    const alice = await openAs(browser, 'alice', '/builds');
    const bob = await openAs(browser, 'bob', '/builds');
    const before = await queuedNow();
    await expect(alice.getByTestId('nav-builds-count')).toHaveText(countText(before));

    await bob.getByTestId('schedule-job-open').click();
    await bob.getByTestId('job-name').fill('e2e-builds-pass');
    await bob.getByTestId('job-command').fill('sleep 2\necho built');
    await bob.getByTestId('schedule-job-submit').click();
    await expect(bob.getByTestId('schedule-job')).toBeHidden();
    const scheduled = bob.getByTestId('toast').filter({ hasText: 'Scheduled e2e-builds-pass' });
    await expect(scheduled).toBeVisible();
    const jobId = Number((await scheduled.getByTestId('toast-link').getAttribute('href'))?.replace('#/builds/', ''));

    await expect(buildRow(alice, jobId)).toHaveAttribute('data-group', 'queued', { timeout: 1000 });
    await expect(buildRow(alice, jobId).getByTestId('job-waiting')).toHaveText('waiting: no agent online');
    await expect(alice.getByTestId('nav-builds-count')).toHaveText(countText(before + 1));
    // The toast's link picks the job out in the Builds view.
    await scheduled.getByTestId('toast-link').click();
    await expect(bob).toHaveURL(new RegExp(`#/builds/${jobId}$`));
    await expect(buildRow(bob, jobId)).toHaveAttribute('data-selected', 'true');

    const agent = startAgent();
    try {
      await expect(buildRow(alice, jobId)).toHaveAttribute('data-group', 'running', { timeout: 10_000 });
      await expect(buildRow(alice, jobId).getByTestId('build-agent')).toHaveText(agentHost);
      await expect(buildRow(alice, jobId)).toHaveAttribute('data-status', 'passed', { timeout: 15_000 });
      await expect(buildRow(alice, jobId)).toHaveAttribute('data-group', 'recent');
      await expect(buildRow(bob, jobId).getByTestId('build-status')).toHaveText('Passed');
      // The result reaches alice as a toast too, linking to the run.
      const passed = alice.getByTestId('toast').filter({ hasText: `e2e-builds-pass #${jobId} passed` });
      await expect(passed.getByTestId('toast-link')).toHaveAttribute('href', /^#\/runs\/\d+$/);
      await expect(alice.getByTestId('nav-builds-count')).toHaveText(countText(before));
    } finally {
      await stopAgent(agent);
    }
    await Promise.all([alice, bob].map((p) => p.context().close()));
  });

  test('the Queued jobs count links to Builds, where a queued job is cancelled in both windows', async ({ browser }) => {
    const job = await api<Job>('acme', 'POST', '/api/jobs', { name: 'e2e-builds-queued', command: 'echo never' });
    const alice = await openAs(browser, 'alice', '/builds');
    const bob = await openAs(browser, 'bob', '/agents');
    await expect(bob.getByTestId('queued-count')).not.toHaveText('');
    await bob.getByTestId('queued-jobs-link').click();
    await expect(bob).toHaveURL(/#\/builds$/);
    await expect(bob.getByTestId('nav-builds')).toHaveAttribute('aria-current', 'page');

    await buildRow(bob, job.id).getByTestId('job-cancel').click();
    for (const page of [alice, bob]) {
      await expect(buildRow(page, job.id)).toHaveAttribute('data-group', 'recent', { timeout: 2000 });
      await expect(buildRow(page, job.id).getByTestId('build-status')).toHaveText('Cancelled');
      await expect(buildRow(page, job.id).getByTestId('job-rerun')).toBeVisible();
    }
    await expect(bob.getByTestId('toast').filter({ hasText: `Cancelled e2e-builds-queued #${job.id}` })).toBeVisible();
    // Cancelling it again is refused with the server's message, and nothing changes.
    const refused = await fetch(`http://127.0.0.1:${e2ePort}/api/jobs/${job.id}/cancel`, { method: 'POST', headers: { authorization: `Bearer ${orgToken('acme')}` } });
    expect(refused.status).toBe(409);
    expect(await refused.text()).toContain('already cancelled');
    await Promise.all([alice, bob].map((p) => p.context().close()));
  });

  test('bob cancels a long run from its page: both windows show it cancelled, and neither toasts it there', async ({ browser }) => {
    const agent = startAgent();
    try {
      // A first, short run of the job gives the long one its estimate.
      const first = await api<Job>('acme', 'POST', '/api/jobs', { name: 'e2e-builds-long', command: 'sleep 1' });
      await expect.poll(async () => (await api<{ job: Job }>('acme', 'GET', `/api/jobs/${first.id}`)).job.status, { timeout: 15_000 }).toBe('passed');
      const job = await api<Job>('acme', 'POST', '/api/jobs', { name: 'e2e-builds-long', command: 'while true; do echo tick; sleep 0.2; done' });
      const runId = await runOf(job);
      const alice = await openAs(browser, 'alice', `/runs/${runId}`);
      const bob = await openAs(browser, 'bob', `/runs/${runId}`);

      for (const page of [alice, bob]) await expect(page.getByTestId('run-status')).toHaveText('Building', { timeout: 10_000 });
      await expect(bob).toHaveTitle(`e2e-builds-long #${runId} · Building — Switchboard — Bob`);
      await expect(bob.getByTestId('run-command')).toHaveText('while true; do echo tick; sleep 0.2; done');
      await expect(bob.getByTestId('run-estimate')).toContainText('previous run');
      await expect(bob.getByTestId('run-progress').getByRole('progressbar', { name: 'Build progress' })).toBeVisible();

      await bob.getByTestId('run-cancel').click();
      for (const page of [alice, bob]) {
        await expect(page.getByTestId('run-status')).toHaveText('Cancelled', { timeout: 10_000 });
        await expect(page.getByTestId('run-rerun')).toBeVisible();
        await expect(page.getByTestId('run-progress')).toHaveCount(0);
      }
      await expect(alice).toHaveTitle(`e2e-builds-long #${runId} · Cancelled — Switchboard — Alice`);
      // Both are on the run's own page, where the status says it: no toast repeats it.
      await alice.waitForTimeout(500);
      for (const page of [alice, bob]) await expect(page.getByTestId('toast').filter({ hasText: `e2e-builds-long #${job.id}` })).toHaveCount(0);
      await Promise.all([alice, bob].map((p) => p.context().close()));
    } finally {
      await stopAgent(agent);
    }
  });

  test('a failing run raises a toast in alice’s window while she is on the Agents view; it stays and links to the run', async ({ browser }) => {
    const alice = await openAs(browser, 'alice', '/agents');
    const agent = startAgent();
    try {
      const job = await api<Job>('acme', 'POST', '/api/jobs', { name: 'e2e-builds-fail', command: 'echo boom; exit 3' });
      const failed = alice.getByTestId('toast').filter({ hasText: `e2e-builds-fail #${job.id} failed on ${agentHost} (exit code 3)` });
      await expect(failed).toBeVisible({ timeout: 15_000 });
      await expect(failed).toHaveAttribute('data-kind', 'error');
      // Failures stay until dismissed, past the time an info toast lasts.
      await alice.waitForTimeout(4500);
      await expect(failed).toBeVisible();
      await expect(alice).toHaveURL(/#\/agents$/);
      await failed.getByTestId('toast-link').click();
      await expect(alice).toHaveURL(/#\/runs\/\d+$/);
      await expect(alice.getByTestId('run-status')).toHaveText('Failed');
      await expect(failed).toHaveCount(0);
    } finally {
      await stopAgent(agent);
    }
    await alice.context().close();
  });
});
