/**
 * Campaigns as the seed's marketers see them, over the real host: alice and bob (both of acme-outdoor) watch a
 * launch alice starts reach active with every pending offer, with the seed's three flashes in order in both
 * windows, then a refresh that finds nothing new, told in words in both; a campaign of another marketer
 * (acme-tools, alice only) and of another organization never shows; the replay of history equals the live stats.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import type { Campaign } from '../../../src/shared/contract';
import { api, closeOpenWindows } from '../support/e2eHost';

// Records every toast's text as it appears (toasts auto-dismiss); a string, since the specs compile without the DOM lib.
const recordToasts = `
  window.__toasts = [];
  new MutationObserver((records) => {
    for (const record of records)
      for (const node of record.addedNodes) {
        if (!(node instanceof HTMLElement)) continue;
        const toasts = node.matches('[data-testid="toast"]') ? [node] : [...node.querySelectorAll('[data-testid="toast"]')];
        for (const toast of toasts) window.__toasts.push(toast.textContent ?? '');
      }
  }).observe(document, { childList: true, subtree: true });
`;

/** Opens a window as `user`, recording every toast's text as it appears (toasts auto-dismiss). */
async function openAs(browser: Browser, user: string, route: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.addInitScript({ content: recordToasts });
  await page.goto(`/?user=${user}#${route}`);
  await expect(page.getByTestId('connection-state')).toHaveText('Live');
  return page;
}

const section = (page: Page, marketer: string) => page.locator(`[data-testid="campaigns-marketer"][data-marketer="${marketer}"]`);
const rowOf = (page: Page, name: string) => page.getByTestId('campaign-row').filter({ hasText: name });
const flashes = ['Campaign launched! Populating target and building offers...', 'Target populated! Creating offers...', '20,000 offers created successfully'];

test.afterEach(closeOpenWindows);

test.describe('campaigns', () => {
  test('alice launches an acme-outdoor campaign: both she and bob see it reach active with 20,000 pending offers', async ({ browser }) => {
    test.setTimeout(90_000);
    const alice = await openAs(browser, 'alice', '/campaigns');
    const bob = await openAs(browser, 'bob', '/campaigns');
    await expect(section(bob, 'acme-outdoor')).toBeVisible();
    const name = `e2e-launch-${Date.now()}`;

    await alice.getByTestId('new-campaign-open').click();
    await alice.getByTestId('new-campaign-name').fill(name);
    await alice.getByTestId('new-campaign-marketer').selectOption('acme-outdoor');
    await alice.getByTestId('new-campaign-target').fill('-5');
    await expect(alice.getByTestId('new-campaign-target-error')).toContainText('at least 1');
    await alice.getByTestId('new-campaign-target').fill('20000');
    await alice.getByTestId('new-campaign-submit').click();
    await expect(alice.getByTestId('new-campaign')).toBeHidden();

    for (const page of [alice, bob]) await expect(rowOf(page, name)).toHaveAttribute('data-status', 'draft');
    await rowOf(alice, name).getByTestId('campaign-launch').click();

    for (const page of [alice, bob]) {
      await expect(rowOf(page, name)).toHaveAttribute('data-status', 'active', { timeout: 60_000 });
      await expect(rowOf(page, name).getByTestId('campaign-pending')).toHaveText('20,000');
      await expect(rowOf(page, name).getByTestId('campaign-populated')).toHaveText('20,000');
    }
    // The seed's flashes, in order, in both windows (pushes shown as toasts by the notifications feature).
    for (const page of [alice, bob]) {
      await expect
        .poll(async () => ((await page.evaluate('window.__toasts ?? []')) as string[]).filter((t) => flashes.some((f) => t.includes(f))).map((t) => flashes.findIndex((f) => t.includes(f))), { timeout: 10_000 })
        .toEqual([0, 1, 2]);
    }

    // Refresh offers: every member has one already, so both windows are told so after "Refreshing offers…", and
    // the stats stay as they were.
    await rowOf(bob, name).getByTestId('campaign-refresh').click();
    const refreshed = [`Refreshing offers for "${name}"...`, `No new offers for "${name}": every member already has one`];
    for (const page of [alice, bob]) {
      await expect
        .poll(async () => ((await page.evaluate('window.__toasts ?? []')) as string[]).filter((t) => refreshed.some((f) => t.includes(f))).map((t) => refreshed.findIndex((f) => t.includes(f))), { timeout: 10_000 })
        .toEqual([0, 1]);
      await expect(rowOf(page, name).getByTestId('campaign-pending')).toHaveText('20,000');
    }

    // The campaign's page: live stats, steps done, the audit trail, and the replay at now equal to the live stats.
    await rowOf(bob, name).getByTestId('campaign-link').click();
    const page = bob.getByTestId('campaign-page');
    await expect(page).toHaveAttribute('data-status', 'active');
    await expect(page.getByTestId('campaign-stat-pendingOffers')).toHaveText('20,000');
    await expect(page.getByTestId('campaign-chart')).toHaveAttribute('data-pending', '20000');
    await expect(page.locator('[data-testid="audit-row"]').first()).toBeVisible();
    await expect(page.getByTestId('audit-actor').filter({ hasText: 'alice' }).first()).toBeVisible();
    await expect(page.getByTestId('replay-table')).toHaveAttribute('data-loaded', 'true');
    for (const field of ['status', 'targetSize', 'targetPopulated', 'pendingOffers', 'acceptedOffers', 'declinedOffers']) {
      const current = await page.getByTestId(`replay-current-${field}`).getAttribute('data-value');
      await expect(page.getByTestId(`replay-${field}`)).toHaveAttribute('data-value', current!);
    }
    // The REST API's stored state agrees.
    const id = Number(await page.getAttribute('data-campaign-id'));
    const stored = await api<Campaign>('acme', 'GET', `/api/campaigns/${id}`);
    expect(stored).toMatchObject({ status: 'active', pendingOffers: 20000, targetSize: 20000 });
    const download = bob.waitForEvent('download');
    await page.getByTestId('audit-export-csv').click();
    expect((await download).suggestedFilename()).toBe(`campaign-${id}-history.csv`);
  });

  test('another marketer’s and another organization’s campaigns never show', async ({ browser }) => {
    const alice = await openAs(browser, 'alice', '/campaigns');
    const bob = await openAs(browser, 'bob', '/campaigns');
    const carol = await openAs(browser, 'carol', '/campaigns');
    await expect(section(alice, 'acme-tools')).toBeVisible();
    await expect(section(carol, 'globex-media')).toBeVisible();
    await expect(carol.getByTestId('campaigns-marketer')).toHaveCount(1);
    await expect(bob.getByTestId('campaigns-marketer')).toHaveCount(1);

    const tools = `e2e-tools-${Date.now()}`;
    await alice.getByTestId('new-campaign-open').click();
    await alice.getByTestId('new-campaign-name').fill(tools);
    await alice.getByTestId('new-campaign-marketer').selectOption('acme-tools');
    await alice.getByTestId('new-campaign-target').fill('50');
    await alice.getByTestId('new-campaign-submit').click();
    await expect(rowOf(alice, tools)).toBeVisible();
    await expect(section(alice, 'acme-tools').getByTestId('campaign-row').filter({ hasText: tools })).toBeVisible();
    const outdoor = await api<Campaign>('acme', 'POST', '/api/campaigns', { name: `e2e-outdoor-${Date.now()}`, marketer: 'acme-outdoor', targetSize: 10 });
    await expect(rowOf(bob, outdoor.name)).toBeVisible();
    await expect(rowOf(bob, tools)).toHaveCount(0);
    await expect(carol.getByTestId('campaign-row').filter({ hasText: 'e2e-' })).toHaveCount(0);
    // Bob cannot open the acme-tools campaign's page either.
    const id = Number((await rowOf(alice, tools).getAttribute('data-campaign-id')) ?? 0);
    await bob.goto(`/?user=bob#/campaigns/${id}`);
    await expect(bob.getByTestId('campaign-error')).toBeVisible();
    await expect(bob.getByTestId('campaign-page')).toHaveCount(0);
  });
});
