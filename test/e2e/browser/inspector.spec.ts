/**
 * The Inspector (`#/inspector`): a change made through the REST API shows up as an event with its topic, type and
 * delivery latency; pausing stops the list and counts what arrives meanwhile; another organization's window sees
 * none of it; the host's statistics sit beside the list.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import type { Agent } from '../../../src/shared/contract';
import { api, closeOpenWindows } from '../support/e2eHost';

async function openInspector(browser: Browser, user: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto(`/?user=${user}#/inspector`);
  await expect(page.getByTestId('connection-state')).toHaveText('Live');
  await expect(page.getByTestId('inspector-events')).toBeVisible();
  return page;
}

const rows = (page: Page) => page.getByTestId('inspector-row');
const rowOf = (page: Page, topic: string, type: string) => page.locator(`[data-testid="inspector-row"][data-topic="${topic}"][data-type="${type}"]`);

test.afterEach(closeOpenWindows);

test.describe('inspector', () => {
  test('lists what the window receives with latency, pauses with a count, and shows nothing of another organization', async ({ browser }) => {
    const alice = await openInspector(browser, 'alice');
    const carol = await openInspector(browser, 'carol');
    await expect(alice.getByTestId('nav-inspector')).toHaveAttribute('aria-current', 'page');
    await expect(alice).toHaveTitle(/^Inspector — Switchboard/);

    const agent = await api<Agent>('acme', 'POST', '/api/agents', { hostname: 'e2e-inspect-1.acme' });
    const registered = rowOf(alice, 'agents:updates:acme', 'agent_registered');
    await expect(registered).toHaveCount(1, { timeout: 2000 });
    await expect(registered.getByTestId('inspector-latency')).toHaveText(/^-?\d+ ms$|^\d+\.\d s$/);
    await registered.locator('td').first().click();
    await expect(alice.getByTestId('inspector-payload')).toContainText('"hostname": "e2e-inspect-1.acme"');

    // The host's side, polled: this topic has subscribers, and the rate and latency are shown.
    await expect(alice.locator('[data-testid="inspector-topic"][data-topic="agents:updates:acme"]')).toHaveCount(1);
    await expect(alice.getByTestId('inspector-send-latency')).toContainText('p50');

    await alice.getByTestId('inspector-pause').click();
    await expect(alice.getByTestId('inspector-pause')).toHaveAttribute('aria-pressed', 'true');
    const listed = await rows(alice).count();
    await api('acme', 'PUT', `/api/agents/${agent.uuid}/disable`);
    await expect(alice.getByTestId('inspector-missed')).toHaveText(/^Paused · [1-9]\d* arrived while paused$/, { timeout: 2000 });
    await expect(rowOf(alice, 'agents:updates:acme', 'agent_disabled')).toHaveCount(0);
    expect(await rows(alice).count()).toBe(listed);
    await expect(alice.getByTestId('nav-inspector-count')).toHaveText('❚❚');

    await alice.getByTestId('inspector-pause').click();
    await expect(alice.getByTestId('inspector-missed')).toHaveText('');
    await api('acme', 'PUT', `/api/agents/${agent.uuid}/enable`);
    await expect(rowOf(alice, 'agents:updates:acme', 'agent_enabled')).toHaveCount(1, { timeout: 2000 });

    // Carol (globex) receives her own organization's events and none of acme's.
    await api('globex', 'POST', '/api/agents', { hostname: 'e2e-inspect-1.globex' });
    await expect(rowOf(carol, 'agents:updates:globex', 'agent_registered')).toHaveCount(1, { timeout: 2000 });
    const topics = await rows(carol).evaluateAll((list) => list.map((r) => `${r.getAttribute('data-topic')} ${r.textContent}`));
    expect(topics.filter((t) => t.includes('acme'))).toEqual([]);

    await alice.getByTestId('inspector-filter').fill('globex');
    await expect(rows(alice)).toHaveCount(0);
    await alice.getByTestId('inspector-filter').fill('');
    await alice.getByTestId('inspector-clear').click();
    await expect(rows(alice)).toHaveCount(0);
    await Promise.all([alice, carol].map((p) => p.context().close()));
  });
});
