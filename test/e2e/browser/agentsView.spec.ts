/**
 * The Agents view as people use it: the filter counts "1 of N agents" and the columns hold their widths when it
 * empties the table; registering goes through the side panel (Escape closes it, a taken hostname is answered beside
 * the field, a new agent shows up live in another user's window); each agent's activity follows the agent protocol
 * (never seen, idle, building its job linked to the run, lost as time passes) and its hostname opens its history;
 * at 800 px the row actions fit inside their cells.
 */
import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import { z } from 'zod';
import { jobSchema, LOST_AFTER_MS, runSchema, type Agent, type Job } from '../../../src/shared/contract';
import { api, e2ePort, orgToken } from '../support/e2eHost';

const workSchema = z.object({ job: jobSchema, run: runSchema });

/** Every run registers its own hostnames, so the spec repeats (`--repeat-each`) against one host. */
let runs = 0;
const unique = (name: string) => `${name}-${Date.now().toString(36)}${runs++}`;

async function openAs(browser: Browser, user: string, viewport = { width: 1280, height: 800 }, before?: (page: Page) => Promise<void>): Promise<Page> {
  const page = await (await browser.newContext({ viewport })).newPage();
  await before?.(page);
  await page.goto(`/?user=${user}#/agents`);
  await expect(page.getByTestId('connection-state')).toHaveText('Live');
  await expect(page.getByTestId('agents-table')).toBeVisible();
  return page;
}

const row = (page: Page, hostname: string) => page.locator(`[data-testid="agent-row"][data-hostname="${hostname}"]`);

/** The widths of the header cells on screen, left to right. */
const headerWidths = (page: Page) =>
  page.getByTestId('agents-table').locator('thead th').evaluateAll((ths) => ths.map((th) => th.getBoundingClientRect().width).filter((w) => w > 0));

/** The agent protocol's "any work for me?", as switchboard-agent asks it: the job and run handed over, or null (204). */
async function askForWork(uuid: string): Promise<z.infer<typeof workSchema> | null> {
  const res = await fetch(`http://127.0.0.1:${e2ePort}/api/agents/${uuid}/work`, { method: 'POST', headers: { authorization: `Bearer ${orgToken('acme')}` } });
  if (res.status === 204) return null;
  if (!res.ok) throw new Error(`POST /api/agents/${uuid}/work answered ${res.status}: ${await res.text()}`);
  return workSchema.parse(await res.json());
}

async function boxOf(locator: Locator) {
  const box = await locator.boundingBox();
  if (!box) throw new Error(`${locator.toString()} is not on screen`);
  return box;
}

/** Checks `inner` lies wholly inside `outer` on screen: nothing of it is cut off by the cell's overflow. */
async function expectInside(inner: Locator, outer: Locator) {
  const a = await boxOf(inner);
  const b = await boxOf(outer);
  expect(a.x).toBeGreaterThanOrEqual(b.x - 0.5);
  expect(a.x + a.width).toBeLessThanOrEqual(b.x + b.width + 0.5);
}

test.describe('the Agents view', () => {
  test('the filter counts "1 of N agents", the columns keep their widths when it empties the table, rows take the keys', async ({ browser }) => {
    const os = unique('plan9');
    const filtered = await api<Agent>('acme', 'POST', '/api/agents', { hostname: unique('e2e-view-filter'), os });
    const page = await openAs(browser, 'alice');
    const rows = page.getByTestId('agent-row');
    const total = await rows.count();
    await expect(page.getByTestId('agents-count')).toHaveText(`${total} agents`);
    // Every column but the actions sorts from a real button in its header.
    await expect(page.getByTestId('agents-table').locator('thead th button')).toHaveCount(6);
    const widths = await headerWidths(page);

    const filter = page.getByTestId('agents-filter');
    await filter.fill(os.toUpperCase());
    await expect(page.getByTestId('agents-count')).toHaveText(`1 of ${total} agents`);
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toHaveAttribute('data-hostname', filtered.hostname);

    await filter.fill('no-such-agent');
    await expect(page.getByTestId('agents-count')).toHaveText(`0 of ${total} agents`);
    await expect(page.getByTestId('agents-table-empty')).toHaveText('No agents match “no-such-agent”.');
    await expect(page.getByTestId('agents-table')).toBeVisible();
    expect(await headerWidths(page)).toEqual(widths);

    await filter.press('Escape');
    await expect(filter).toHaveValue('');
    await expect(rows).toHaveCount(total);
    expect(await headerWidths(page)).toEqual(widths);

    // Keyboard: arrows move between rows, Enter opens the focused agent's history.
    await rows.first().focus();
    await page.keyboard.press('ArrowDown');
    const second = rows.nth(1);
    await expect(second).toBeFocused();
    const uuid = await second.getAttribute('data-uuid');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`#/agents/${uuid}/runs$`));
    await page.context().close();
  });

  test('registers through the side panel: Escape closes it, a taken hostname is answered beside the field, bob sees the new agent live', async ({ browser }) => {
    const taken = await api<Agent>('acme', 'POST', '/api/agents', { hostname: unique('e2e-view-taken') });
    const fresh = unique('e2e-view-new');
    const alice = await openAs(browser, 'alice');
    const bob = await openAs(browser, 'bob');
    const open = alice.getByRole('button', { name: 'Register agent', exact: true });
    const panel = alice.getByTestId('register-agent-panel');

    await open.click();
    await expect(panel).toBeVisible();
    await expect(panel.getByRole('heading', { name: 'Register agent' })).toBeVisible();
    await expect(alice.getByTestId('register-hostname')).toBeFocused();
    await alice.keyboard.press('Escape');
    await expect(panel).toBeHidden();
    await expect(open).toBeFocused();

    await open.click();
    await alice.getByTestId('register-hostname').fill(taken.hostname);
    await panel.getByRole('button', { name: 'Register', exact: true }).click();
    const message = panel.getByTestId('hostname-error');
    await expect(message).toHaveText(`An agent named ${taken.hostname} is already registered`);
    await expect(alice.getByTestId('register-hostname')).toHaveAttribute('aria-invalid', 'true');
    await expect(alice.getByTestId('register-hostname')).toBeFocused();
    await expect(panel).toBeVisible();

    await alice.getByTestId('register-hostname').fill(fresh);
    await expect(message).toHaveText('');
    await alice.getByTestId('register-os').fill('linux');
    await panel.getByRole('button', { name: 'Register', exact: true }).click();
    await expect(panel).toBeHidden();
    await expect(alice.getByText(`Registered ${fresh}`)).toBeVisible();
    await expect(row(alice, fresh)).toBeVisible();
    await expect(row(bob, fresh)).toBeVisible({ timeout: 1000 });
    await expect(row(bob, fresh).getByTestId('agent-activity')).toHaveText('never seen');

    // Opened again, the form starts empty.
    await open.click();
    await expect(alice.getByTestId('register-hostname')).toHaveValue('');
    await panel.getByRole('button', { name: 'Cancel' }).click();
    await expect(panel).toBeHidden();
    await Promise.all([alice, bob].map((p) => p.context().close()));
  });

  test('an agent’s activity follows the agent protocol — never seen, idle, building its job, lost as time passes — and its hostname opens its history', async ({ browser }) => {
    const agent = await api<Agent>('acme', 'POST', '/api/agents', { hostname: unique('e2e-view-poller') });
    // The page's clock runs as usual until the test moves it on, to show "lost" without waiting half a minute.
    const page = await openAs(browser, 'alice', undefined, (p) => p.clock.install());
    const poller = row(page, agent.hostname);
    const activity = poller.getByTestId('agent-activity');
    await expect(activity).toHaveText('never seen');
    await expect(poller.getByTestId('agent-last-seen')).toHaveText('—');

    // A disabled agent that calls gets no work, and still shows it is alive.
    await api('acme', 'PUT', `/api/agents/${agent.uuid}/disable`);
    expect(await askForWork(agent.uuid)).toBeNull();
    await expect(poller.getByTestId('agent-state')).toHaveText('disabled');
    await expect(activity).toHaveText('idle');
    await expect(activity).toHaveAttribute('data-kind', 'idle');
    await expect(poller.getByTestId('agent-last-seen')).toHaveText('just now');

    await api('acme', 'PUT', `/api/agents/${agent.uuid}/enable`);
    await api<Job>('acme', 'POST', '/api/jobs', { name: 'e2e view build', command: 'echo view' });
    const work = await askForWork(agent.uuid);
    if (!work) throw new Error('the agent got no work although a job was queued');
    const { job, run } = work;
    await expect(activity).toHaveText(`building ${job.name}`);
    await expect(activity).toHaveAttribute('data-kind', 'building');
    await poller.getByTestId('agent-job-link').click();
    await expect(page).toHaveURL(new RegExp(`#/runs/${run.id}$`));
    await page.goBack();
    await expect(activity).toHaveText(`building ${job.name}`);

    // Silence past the threshold: lost, with no new data, as the window's clock passes.
    await page.clock.fastForward(LOST_AFTER_MS + 6_000);
    await expect(activity).toHaveText('lost');
    await expect(activity).toHaveAttribute('data-kind', 'lost');
    await expect(activity).toHaveAttribute('title', `No contact for over 30 s while building ${job.name}`);
    await expect(poller.getByTestId('agent-last-seen')).toHaveText(/^\d+ s ago$/);

    await poller.getByTestId('agent-runs-link').click();
    await expect(page).toHaveURL(new RegExp(`#/agents/${agent.uuid}/runs$`));
    await expect(page.getByTestId('agent-runs-hostname')).toHaveText(agent.hostname);

    await api('acme', 'PUT', `/api/runs/${run.id}/status`, { status: 'passed', exitCode: 0 });
    await api('acme', 'PUT', `/api/agents/${agent.uuid}/disable`);
    await page.context().close();
  });

  test('800 px: the row actions fit inside their cells, the delete confirmation too, with no sideways scroll', async ({ browser }) => {
    for (let i = 0; i < 2; i++) await api('globex', 'POST', '/api/agents', { hostname: `${unique('e2e-view-narrow')}.a-rather-long-build-host-name.globex.internal` });
    const page = await openAs(browser, 'carol', { width: 800, height: 600 });
    const table = page.getByTestId('agents-table');
    await expect(table.getByRole('columnheader', { name: 'IP address', exact: true })).toBeHidden();
    await expect(table.getByRole('columnheader', { name: 'OS', exact: true })).toBeHidden();
    const rows = page.getByTestId('agent-row');
    const count = await rows.count();
    expect(count).toBeGreaterThanOrEqual(2);
    for (let i = 0; i < count; i++) {
      const cell = rows.nth(i).getByRole('cell').last();
      await expectInside(rows.nth(i).getByRole('button', { name: /^(Enable|Disable)$/ }), cell);
      await expectInside(rows.nth(i).getByRole('button', { name: 'Delete' }), cell);
    }
    const last = rows.nth(count - 1);
    await last.getByRole('button', { name: 'Delete' }).click();
    await expectInside(last.getByRole('button', { name: 'Confirm delete' }), last.getByRole('cell').last());
    await expectInside(last.getByRole('button', { name: 'Cancel' }), last.getByRole('cell').last());
    await page.keyboard.press('Escape');
    await expect(last.getByRole('button', { name: 'Delete' })).toBeFocused();
    const scroller = page.locator('.ui-table-scroll');
    expect(await scroller.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
    await page.context().close();
  });
});
