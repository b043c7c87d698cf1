/**
 * The build farm as people watch it: the queued count (the Builds entry's) follows scheduling and pick-up in every
 * window, and two users watching one run see its console grow and its final status live, even across a reload
 * mid-run.
 * The run is executed by the real switchboard-agent program.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import type { Agent, Job, Run } from '../../../src/shared/contract';
import { api, e2eDataDir, e2ePort, closeOpenWindows } from '../support/e2eHost';
import { root } from '../support/findElectron';

async function openAs(browser: Browser, user: string, route: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto(`/?user=${user}#${route}`);
  await expect(page.getByTestId('connection-state')).toHaveText('Live');
  return page;
}

/** The sidebar's queued count says nothing at 0. */
const countText = (n: number) => (n === 0 ? '' : String(n));

test.afterEach(closeOpenWindows);

test.describe('live job runs', () => {
  test('the queued count follows scheduling and pick-up in both windows', async ({ browser }) => {
    const alice = await openAs(browser, 'alice', '/builds');
    const bob = await openAs(browser, 'bob', '/agents');
    const before = (await api<{ jobs: Job[] }>('acme', 'GET', '/api/jobs')).jobs.filter((j) => j.status === 'scheduled').length;
    for (const page of [alice, bob]) await expect(page.getByTestId('nav-builds-count')).toHaveText(countText(before));

    await alice.getByTestId('schedule-job-open').click();
    await alice.getByTestId('job-name').fill('e2e queue');
    await alice.getByTestId('job-command').fill('echo queued');
    await alice.getByTestId('schedule-job-submit').click();
    await expect(bob.getByTestId('nav-builds-count')).toHaveText(countText(before + 1), { timeout: 1000 });
    await expect(alice.getByTestId('nav-builds-count')).toHaveText(countText(before + 1));

    // An agent picks work: both windows count down without a reload. Drain the queue so later tests start clean.
    const agent = await api<Agent>('acme', 'POST', '/api/agents', { hostname: 'e2e-picker.acme' });
    const work = await api<{ run: Run }>('acme', 'POST', `/api/agents/${agent.uuid}/work`);
    await expect(bob.getByTestId('nav-builds-count')).toHaveText(countText(before), { timeout: 1000 });
    await api('acme', 'PUT', `/api/runs/${work.run.id}/status`, { status: 'passed', exitCode: 0 });
    await api('acme', 'PUT', `/api/agents/${agent.uuid}/disable`);

    // Empty name: the panel says so beside the field and schedules nothing.
    await alice.getByTestId('schedule-job-open').click();
    await alice.getByTestId('job-command').fill('make');
    await alice.getByTestId('job-name').fill(' ');
    await expect(alice.getByTestId('job-name-error')).toContainText('name is required');
    await alice.getByTestId('schedule-job-submit').click();
    await expect(alice.getByTestId('schedule-job')).toBeVisible();
    await expect(alice.getByTestId('job-name')).toBeFocused();
    await alice.keyboard.press('Escape');
    await expect(alice.getByTestId('schedule-job')).toBeHidden();
    await expect(alice.getByTestId('schedule-job-open')).toBeFocused();
    await Promise.all([alice, bob].map((p) => p.context().close()));
  });

  test('two users watch one run live; a reload mid-run still ends with the whole console, once', async ({ browser }) => {
    // The job runs about 8 s, so both windows (and a reload) land while it builds, even on a busy machine.
    test.setTimeout(60_000);
    const lines = 400;
    const job = await api<Job>('acme', 'POST', '/api/jobs', {
      name: 'e2e console',
      command: `for i in $(seq 1 ${lines}); do echo "line $i"; sleep 0.02; done; echo done >&2; exit 4`,
    });
    const agent: ChildProcess = spawn(
      process.execPath,
      [join(root, 'packages/switchboard-agent/bin/switchboard-agent.js'), '--server', `http://127.0.0.1:${e2ePort}`, '--token-file', join(e2eDataDir, 'tokens', 'acme.token'), '--hostname', 'e2e-real-agent.acme', '--poll-ms', '100'],
      { stdio: 'ignore' },
    );
    try {
      let runId: number | null = null;
      await expect
        .poll(async () => (runId = (await api<{ run: Run | null }>('acme', 'GET', `/api/jobs/${job.id}`)).run?.id ?? null), { timeout: 10_000 })
        .not.toBeNull();
      const alice = await openAs(browser, 'alice', `/runs/${runId}`);
      const bob = await openAs(browser, 'bob', `/runs/${runId}`);
      const size = (page: Page) => page.getByTestId('console').getAttribute('data-lines').then(Number);

      // Both see lines arrive while the job is still building.
      await expect.poll(() => size(alice)).toBeGreaterThan(0);
      await expect(bob.getByTestId('run-status')).toHaveText(/Assigned|Building/);
      await expect.poll(() => size(bob)).toBeGreaterThan(0);
      await bob.reload();
      await expect(bob.getByTestId('connection-state')).toHaveText('Live');

      const expected = Array.from({ length: lines }, (_, i) => `line ${i + 1}\n`).join('') + 'done\n';
      for (const page of [alice, bob]) {
        await expect(page.getByTestId('run-status')).toHaveText('Failed', { timeout: 15_000 });
        await expect(page.getByTestId('run-duration')).toContainText('Failed in');
        await expect(page.getByTestId('console')).toHaveAttribute('data-length', String(expected.length));
        await expect(page.getByTestId('console')).toHaveAttribute('data-lines', String(lines + 1));
        // Following the tail: the last lines are on screen.
        await expect(page.locator('[data-testid="console-line"]', { hasText: `line ${lines}` })).toBeVisible();
      }
      await Promise.all([alice, bob].map((p) => p.context().close()));
    } finally {
      agent.kill('SIGTERM');
    }
  });
});
