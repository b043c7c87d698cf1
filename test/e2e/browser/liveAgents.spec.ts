/**
 * What people see: several windows, each signed in as a different user, see every committed change at once;
 * a window of another organization sees none; reloads and offline spells lose nothing.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import type { Agent } from '../../../src/shared/contract';
import { api } from '../support/e2eHost';

async function openAs(browser: Browser, user: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`/?user=${user}#/agents`);
  await expect(page.getByTestId('connection-state')).toHaveText('Live');
  await expect(page.getByTestId('agents-table')).toBeVisible();
  return page;
}

const row = (page: Page, hostname: string) => page.locator(`[data-testid="agent-row"][data-hostname="${hostname}"]`);

/** Opens the register panel from the view's toolbar. */
const openRegister = (page: Page) => page.getByRole('button', { name: 'Register agent', exact: true }).click();

/** The register panel's submit button (the toolbar's "Register agent" opens the panel). */
const submitRegister = (page: Page) => page.getByTestId('register-agent-panel').getByRole('button', { name: 'Register', exact: true }).click();

/** The hostnames the page shows, in table order. */
const shownHostnames = (page: Page) =>
  page.locator('[data-testid="agent-row"]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-hostname')));

async function databaseHostnames(org: string): Promise<string[]> {
  const { agents } = await api<{ agents: Agent[] }>(org, 'GET', '/api/agents');
  return agents.map((a) => a.hostname).sort();
}

test.describe('live agents across windows', () => {
  test('two users of one organization see each other’s changes without reload; another organization sees none', async ({ browser }) => {
    const alice = await openAs(browser, 'alice');
    const bob = await openAs(browser, 'bob');
    const carol = await openAs(browser, 'carol');
    await expect(alice.getByTestId('current-user')).toContainText('Alice');
    await expect(alice.getByTestId('current-user')).toContainText('Acme');
    await expect(alice).toHaveTitle('Agents — Switchboard — Alice');
    // Presence: alice sees bob is here, carol (another organization) does not.
    await expect(alice.locator('[data-testid="presence-user"][data-user="bob"]')).toHaveCount(1);
    await expect(carol.locator('[data-testid="presence-user"]')).toHaveCount(0);

    await openRegister(alice);
    await alice.getByTestId('register-hostname').fill('e2e-live-1.acme');
    await submitRegister(alice);
    await expect(row(bob, 'e2e-live-1.acme')).toBeVisible({ timeout: 1000 });
    await expect(row(bob, 'e2e-live-1.acme').getByTestId('agent-state')).toHaveText('enabled');

    await row(bob, 'e2e-live-1.acme').getByRole('button', { name: 'Disable' }).click();
    await expect(row(alice, 'e2e-live-1.acme').getByTestId('agent-state')).toHaveText('disabled', { timeout: 1000 });

    await row(alice, 'e2e-live-1.acme').getByRole('button', { name: 'Delete' }).click();
    await row(alice, 'e2e-live-1.acme').getByRole('button', { name: 'Confirm delete' }).click();
    await expect(row(bob, 'e2e-live-1.acme')).toHaveCount(0, { timeout: 1000 });

    // Carol (globex) saw none of it and still sees her own organization's agents only.
    expect((await shownHostnames(carol)).some((h) => h?.includes('acme'))).toBe(false);
    await expect(carol.locator('[data-testid="agent-row"]')).toHaveCount((await databaseHostnames('globex')).length);
    await bob.context().close();
    await expect(alice.locator('[data-testid="presence-user"][data-user="bob"]')).toHaveCount(0);
    await Promise.all([alice, carol].map((p) => p.context().close()));
  });

  test('shows REST API changes live and validates the register form as you type', async ({ browser }) => {
    const bob = await openAs(browser, 'bob');
    const agent = await api<Agent>('acme', 'POST', '/api/agents', { hostname: 'e2e-rest-1.acme' });
    await expect(row(bob, 'e2e-rest-1.acme')).toBeVisible({ timeout: 1000 });
    await api('acme', 'PUT', `/api/agents/${agent.uuid}/disable`);
    await expect(row(bob, 'e2e-rest-1.acme').getByTestId('agent-state')).toHaveText('disabled', { timeout: 1000 });

    await openRegister(bob);
    await bob.getByTestId('register-hostname').fill('bad host!');
    await expect(bob.getByTestId('hostname-error')).toContainText('letters, digits');
    await bob.getByTestId('register-hostname').fill('e2e-rest-1.acme');
    await submitRegister(bob);
    await expect(bob.getByTestId('hostname-error')).toContainText('already registered');
    await bob.context().close();
  });

  test('a reload during a burst of changes comes back exactly up to date', async ({ browser }) => {
    const bob = await openAs(browser, 'bob');
    const burst = (async () => {
      for (let i = 0; i < 40; i++) await api('acme', 'POST', '/api/agents', { hostname: `e2e-reload-${i}.acme` });
    })();
    await bob.waitForTimeout(50);
    // The reloaded page's frames: it starts warm, asking for the views it showed before subscribing anything.
    const sent: { kind: string; view?: string; topics?: { since?: number }[] }[] = [];
    bob.on('websocket', (socket) => socket.on('framesent', ({ payload }) => sent.push(JSON.parse(String(payload)))));
    await bob.reload();
    await burst;
    await expect(bob.getByTestId('connection-state')).toHaveText('Live');
    await expect.poll(async () => (await shownHostnames(bob)).slice().sort()).toEqual(await databaseHostnames('acme'));
    const firstSubscribe = sent.findIndex((f) => f.kind === 'subscribe');
    expect(sent.findIndex((f) => f.kind === 'snapshot' && f.view === 'agents.list')).toBeLessThan(firstSubscribe);
    expect(sent[firstSubscribe]?.topics?.[0]?.since).toEqual(expect.any(Number));
    await bob.context().close();
  });

  test('an offline spell during a burst loses nothing and shows the connection state', async ({ browser }) => {
    const alice = await openAs(browser, 'alice');
    await alice.context().setOffline(true);
    await expect(alice.getByTestId('connection-state')).toHaveText('Offline');
    await expect(alice.locator('[data-stale="true"]')).toHaveCount(1);
    const created: Agent[] = [];
    for (let i = 0; i < 25; i++) created.push(await api<Agent>('acme', 'POST', '/api/agents', { hostname: `e2e-offline-${i}.acme` }));
    for (const agent of created.slice(0, 10)) await api('acme', 'PUT', `/api/agents/${agent.uuid}/disable`);
    for (const agent of created.slice(10, 15)) await api('acme', 'DELETE', `/api/agents/${agent.uuid}`);
    await alice.context().setOffline(false);
    await expect(alice.getByTestId('connection-state')).toHaveText('Live', { timeout: 10_000 });
    await expect.poll(async () => (await shownHostnames(alice)).slice().sort()).toEqual(await databaseHostnames('acme'));
    for (const agent of created.slice(0, 10)) {
      await expect(row(alice, agent.hostname).getByTestId('agent-state')).toHaveText('disabled');
    }
    await alice.context().close();
  });

  test('the sign-in screen lists the users and opens the chosen one’s agents', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByTestId('sign-in')).toBeVisible();
    await page.getByRole('button', { name: /Carol/ }).click();
    await expect(page.getByTestId('current-user')).toContainText('Carol');
    await expect(page.getByTestId('agents-table')).toBeVisible();
    await expect(page).toHaveURL(/user=carol/);
  });
});
