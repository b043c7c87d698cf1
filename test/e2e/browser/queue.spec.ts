/**
 * The Queue view as two people see it, over the real host's work queue (workflow steps are its jobs): pausing a
 * queue holds its jobs for both windows until it is resumed; a failed job's detail shows its args, attempts and
 * error in full, and Delete removes it from both lists.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import type { Process, Workflow } from '../../../src/shared/contract';
import { api, closeOpenWindows } from '../support/e2eHost';

async function openAs(browser: Browser, user: string, route: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto(`/?user=${user}#${route}`);
  await expect(page.getByTestId('connection-state')).toHaveText('Live');
  return page;
}

async function startWorkflow(name: string, steps: unknown[]): Promise<Process> {
  const workflow = await api<Workflow>('acme', 'POST', '/api/workflows', { name: `${name}-${Date.now()}`, steps });
  return api<Process>('acme', 'POST', `/api/workflows/${workflow.id}/processes`, {});
}

const processStatus = async (id: number) => (await api<Process>('acme', 'GET', `/api/processes/${id}`)).status;
const queueRow = (page: Page, queue: string) => page.locator(`[data-testid="queue-row"][data-queue="${queue}"]`);

test.afterEach(closeOpenWindows);

test.describe('queue', () => {
  test('bob pauses the workflows queue: its jobs wait in both windows until he resumes it', async ({ browser }) => {
    const alice = await openAs(browser, 'alice', '/queue');
    const bob = await openAs(browser, 'bob', '/queue');
    await queueRow(bob, 'workflows').getByTestId('queue-pause').click();
    await expect(queueRow(alice, 'workflows')).toHaveAttribute('data-paused', 'true');
    await expect(queueRow(bob, 'workflows').getByTestId('queue-pause')).toHaveText('Resume');
    try {
      const process = await startWorkflow('e2e-paused', [{ name: 'held', kind: 'delay', ms: 50 }]);
      await expect.poll(async () => Number(await queueRow(alice, 'workflows').getByTestId('queue-count-available').textContent()), { timeout: 5_000 }).toBeGreaterThanOrEqual(1);
      await new Promise((resolve) => setTimeout(resolve, 700));
      expect(await processStatus(process.id)).toBe('queued');
    } finally {
      await queueRow(bob, 'workflows').getByTestId('queue-pause').click();
    }
    await expect(queueRow(alice, 'workflows')).not.toHaveAttribute('data-paused', 'true');
    await expect(queueRow(alice, 'workflows').getByTestId('queue-count-available')).toHaveText('0', { timeout: 10_000 });
  });

  test('a failed job shows its args, attempts and error in full; Delete removes it for both', async ({ browser }) => {
    const process = await startWorkflow('e2e-queue-fail', [{ name: 'boom', kind: 'shell', command: 'echo nope >&2; exit 4' }]);
    await expect.poll(() => processStatus(process.id), { timeout: 10_000 }).toBe('failed');
    const alice = await openAs(browser, 'alice', '/queue');
    const bob = await openAs(browser, 'bob', '/queue');
    const needle = `"processId":${process.id},"step":"boom"`;
    for (const page of [alice, bob]) await page.getByTestId('queue-filter').fill(needle);
    const row = (page: Page) => page.locator('[data-testid="queue-job-row"]');
    await expect(row(bob)).toHaveCount(1);
    await expect(row(bob)).toHaveAttribute('data-state', 'discarded');
    await row(bob).getByTestId('queue-job-link').click();
    const panel = bob.getByTestId('queue-job-panel');
    await expect(panel.getByTestId('queue-job-state')).toHaveText('Discarded');
    expect(JSON.parse((await panel.getByTestId('queue-job-args').textContent()) ?? '{}')).toEqual({ processId: process.id, step: 'boom' });
    await expect(panel.getByTestId('queue-job-attempts')).toHaveText('1 of 1');
    await expect(panel.getByTestId('queue-job-error')).toContainText('exit code 4');
    await expect(panel.getByTestId('queue-job-retry')).toBeEnabled();
    await panel.getByTestId('queue-job-delete').click();
    await expect(bob).toHaveURL(/#\/queue$/);
    for (const page of [alice, bob]) await expect(row(page)).toHaveCount(0);
  });
});
