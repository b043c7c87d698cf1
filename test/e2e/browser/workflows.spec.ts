/**
 * Workflows and their progress widgets as two people see them, run by the real host's queue: alice and bob watch
 * one process reach 100 % with every step listed once; a failing step's error shows in both, with Retry; a reload
 * mid-run shows the same widget; a throttled widget under a burst of 1,000 progress events ends on the last one;
 * the Workflows view lists the process live.
 */
import { writeFileSync } from 'node:fs';
import { expect, test, type Browser, type Page } from '@playwright/test';
import type { Process, Workflow } from '../../../src/shared/contract';
import { api, closeOpenWindows } from '../support/e2eHost';

async function openAs(browser: Browser, user: string, route: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto(`/?user=${user}#${route}`);
  await expect(page.getByTestId('connection-state')).toHaveText('Live');
  return page;
}

let n = 0;
async function startWorkflow(steps: unknown[]): Promise<{ workflow: Workflow; process: Process }> {
  const workflow = await api<Workflow>('acme', 'POST', '/api/workflows', { name: `e2e-wf-${Date.now()}-${++n}`, steps });
  const process = await api<Process>('acme', 'POST', `/api/workflows/${workflow.id}/processes`, { input: { who: 'e2e' } });
  return { workflow, process };
}

const widget = (page: Page) => page.getByTestId('process-widget');
const bar = (page: Page) => widget(page).getByRole('progressbar');
const stepNames = (page: Page) => widget(page).getByTestId('activity').evaluateAll((items) => items.map((li) => li.getAttribute('data-step')));
const stepStatus = (page: Page, step: string) => widget(page).locator(`[data-testid="activity"][data-step="${step}"]`);

test.afterEach(closeOpenWindows);

test.describe('workflows', () => {
  test('alice and bob watch one process: both reach 100 % with every step listed once', async ({ browser }) => {
    const steps = [
      { name: 'warm-up', kind: 'delay', ms: 400 },
      { name: 'say', kind: 'shell', command: 'echo hello from the step; sleep 0.3; echo bye' },
      { name: 'settle', kind: 'delay', ms: 400 },
    ];
    const { process } = await startWorkflow(steps);
    const alice = await openAs(browser, 'alice', `/processes/${process.id}`);
    const bob = await openAs(browser, 'bob', `/processes/${process.id}`);
    for (const page of [alice, bob]) {
      await expect(widget(page)).toHaveAttribute('data-status', 'completed', { timeout: 15_000 });
      await expect(bar(page)).toHaveAttribute('aria-valuenow', '100');
      expect(await stepNames(page)).toEqual(['warm-up', 'say', 'settle']);
      for (const s of steps) await expect(stepStatus(page, s.name)).toHaveAttribute('data-status', 'completed');
      await expect(widget(page).getByTestId(`process-widget-status`)).toHaveText('Completed');
      await expect(stepStatus(page, 'say').getByTestId('step-output')).toHaveText('hello from the step\nbye\n');
    }
  });

  test('a failing step shows its error in both windows, with Retry', async ({ browser }) => {
    const { process } = await startWorkflow([
      { name: 'ok', kind: 'delay', ms: 200 },
      { name: 'boom', kind: 'shell', command: 'echo about to fail >&2; exit 3' },
      { name: 'never', kind: 'delay', ms: 10 },
    ]);
    const alice = await openAs(browser, 'alice', `/processes/${process.id}`);
    const bob = await openAs(browser, 'bob', `/processes/${process.id}`);
    for (const page of [alice, bob]) {
      await expect(widget(page)).toHaveAttribute('data-status', 'failed', { timeout: 15_000 });
      await expect(stepStatus(page, 'boom')).toHaveAttribute('data-status', 'failed');
      await expect(stepStatus(page, 'boom').getByTestId('activity-error')).toContainText('exit code 3');
      await expect(stepStatus(page, 'boom').getByTestId('step-retry')).toBeEnabled();
      await expect(stepStatus(page, 'ok')).toHaveAttribute('data-status', 'completed');
      expect(await stepNames(page)).toEqual(['ok', 'boom', 'never']);
    }
  });

  test('Retry on the failed step runs it again, and both windows end completed', async ({ browser }) => {
    const marker = `/tmp/switchboard-e2e-retry-${Date.now()}`;
    const { process } = await startWorkflow([{ name: 'flaky', kind: 'shell', command: `if [ -f ${marker} ]; then rm ${marker}; echo second time lucky; else touch ${marker}; exit 5; fi` }]);
    const alice = await openAs(browser, 'alice', `/processes/${process.id}`);
    const bob = await openAs(browser, 'bob', `/processes/${process.id}`);
    await expect(stepStatus(bob, 'flaky').getByTestId('activity-error')).toContainText('exit code 5', { timeout: 10_000 });
    await stepStatus(bob, 'flaky').getByTestId('step-retry').click();
    for (const page of [alice, bob]) {
      await expect(widget(page)).toHaveAttribute('data-status', 'completed', { timeout: 10_000 });
      await expect(stepStatus(page, 'flaky')).toHaveAttribute('data-status', 'completed');
      await expect(stepStatus(page, 'flaky').getByTestId('activity-error')).toHaveCount(0);
      await expect(bar(page)).toHaveAttribute('aria-valuenow', '100');
    }
  });

  test('a reload mid-run shows the same widget, which then finishes', async ({ browser }) => {
    const { process } = await startWorkflow([
      // Long enough after the first step that a cold window (the run's first page load) still reloads mid-run.
      { name: 'one', kind: 'delay', ms: 300 },
      { name: 'two', kind: 'delay', ms: 2500 },
      { name: 'three', kind: 'delay', ms: 1500 },
      { name: 'four', kind: 'delay', ms: 1500 },
    ]);
    const alice = await openAs(browser, 'alice', `/processes/${process.id}`);
    await expect(stepStatus(alice, 'one')).toHaveAttribute('data-status', 'completed', { timeout: 10_000 });
    await expect(widget(alice)).toHaveAttribute('data-status', 'running');
    await alice.reload();
    await expect(alice.getByTestId('connection-state')).toHaveText('Live');
    await expect(widget(alice)).toHaveAttribute('data-process-id', String(process.id));
    await expect(stepStatus(alice, 'one')).toHaveAttribute('data-status', 'completed');
    const pct = Number(await bar(alice).getAttribute('aria-valuenow'));
    expect(pct).toBeGreaterThanOrEqual(25);
    expect(await stepNames(alice)).toEqual(['one', 'two', 'three', 'four']);
    await expect(widget(alice)).toHaveAttribute('data-status', 'completed', { timeout: 15_000 });
    await expect(bar(alice)).toHaveAttribute('aria-valuenow', '100');
  });

  test('a throttled widget under a burst of 1,000 progress events ends showing the last one', async ({ browser }) => {
    const marker = `/tmp/switchboard-e2e-burst-${Date.now()}`;
    // The burst waits for the window (so every event reaches it live), then comes as two volleys 200 ms apart: both
    // inside one 500 ms throttle window, so a throttle that drops what comes too soon would keep the first volley's.
    const volley = (from: number, to: number) => `i=${from}; while [ $i -le ${to} ]; do echo "::progress $((i/10)) tick $i"; i=$((i+1)); done`;
    const { process } = await startWorkflow([
      { name: 'burst', kind: 'shell', command: `while [ ! -f ${marker} ]; do sleep 0.05; done; rm -f ${marker}; ${volley(1, 500)}; sleep 0.2; ${volley(501, 1000)}; sleep 60` },
      { name: 'after', kind: 'delay', ms: 1 },
    ]);
    const bob = await openAs(browser, 'bob', `/processes/${process.id}`);
    await expect(stepStatus(bob, 'burst')).toHaveAttribute('data-status', 'running', { timeout: 10_000 });
    writeFileSync(marker, '');
    try {
      await expect(widget(bob).getByTestId('process-widget-note')).toHaveText('tick 1000', { timeout: 10_000 });
      // The last report: all of the first of two steps.
      await expect(bar(bob)).toHaveAttribute('aria-valuenow', '50');
      await expect(widget(bob)).toHaveAttribute('data-status', 'running');
    } finally {
      await api('acme', 'POST', `/api/processes/${process.id}/cancel`);
    }
  });

  test('the Workflows view lists the definition with its latest process live, and the process in the list', async ({ browser }) => {
    const bob = await openAs(browser, 'bob', '/workflows');
    const { workflow, process } = await startWorkflow([
      { name: 'a', kind: 'delay', ms: 300 },
      { name: 'b', kind: 'delay', ms: 300 },
    ]);
    const card = bob.locator(`[data-testid="workflow-card"][data-workflow-id="${workflow.id}"]`);
    await expect(card.getByTestId('workflow-version')).toHaveText('v1');
    await expect(card.getByTestId('workflow-widget')).toHaveAttribute('data-status', 'completed', { timeout: 10_000 });
    await expect(bob.locator(`[data-testid="process-row"][data-process-id="${process.id}"]`)).toHaveAttribute('data-status', 'completed');
  });

  test('bob saves a workflow from JSON steps and starts it from the view; alice sees it run', async ({ browser }) => {
    const bob = await openAs(browser, 'bob', '/workflows');
    const alice = await openAs(browser, 'alice', '/workflows');
    const name = `e2e-form-${Date.now()}`;
    await bob.getByTestId('save-workflow-open').click();
    await bob.getByTestId('workflow-name').fill(name);
    await bob.getByTestId('workflow-steps').fill('[{"name": "x", "kind": "teleport"}]');
    await expect(bob.getByTestId('workflow-steps-error')).toContainText('kind must be delay, shell, http or build');
    await bob.getByTestId('workflow-steps').fill('[{"name": "wait", "kind": "delay", "ms": 300}, {"name": "hi", "kind": "shell", "command": "echo hi"}]');
    await bob.getByTestId('save-workflow-submit').click();
    const card = (page: Page) => page.locator(`[data-testid="workflow-card"][data-name="${name}"]`);
    await expect(card(alice).getByTestId('workflow-no-process')).toBeVisible();
    await card(bob).getByTestId('workflow-start').click();
    await bob.getByTestId('start-input').fill('{"env": "e2e"}');
    await bob.getByTestId('start-process-submit').click();
    await expect(bob).toHaveURL(/#\/processes\/\d+$/);
    await expect(widget(bob)).toHaveAttribute('data-status', 'completed', { timeout: 10_000 });
    await expect(card(alice).getByTestId('workflow-widget')).toHaveAttribute('data-status', 'completed', { timeout: 10_000 });
    await expect(alice.getByTestId('nav-workflows-count')).toHaveText('');
  });

  test('the queue dashboard counts move as a process runs its steps', async ({ browser }) => {
    const bob = await openAs(browser, 'bob', '/queue');
    const completed = bob.getByTestId('queue-total-completed-n');
    await expect(completed).toHaveText(/^\d+$/);
    const before = Number(await completed.textContent());
    const { process } = await startWorkflow([
      { name: 'q1', kind: 'delay', ms: 100 },
      { name: 'q2', kind: 'delay', ms: 100 },
      { name: 'q3', kind: 'delay', ms: 100 },
    ]);
    await expect.poll(async () => (await api<Process>('acme', 'GET', `/api/processes/${process.id}`)).status, { timeout: 10_000 }).toBe('completed');
    await expect.poll(async () => Number(await completed.textContent()), { timeout: 5_000 }).toBeGreaterThanOrEqual(before + 3);
    await expect.poll(async () => Number(await bob.getByTestId('queue-throughput').getAttribute('data-completed')), { timeout: 5_000 }).toBeGreaterThanOrEqual(3);
    await expect(bob.locator('[data-testid="queue-job-row"]').first()).toBeVisible();
  });
});
