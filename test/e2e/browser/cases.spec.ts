/**
 * Cases as people watch them arrive: a register served by the test on loopback, scraped for acme while alice and
 * bob watch `#/scrape` (rows appear live, the progress widget reaches completed in both) and carol of globex sees
 * nothing; a rescrape's burst of 1,000 syncs updates the recent table at most once per refetch window and ends
 * exact; `#/cases` finds a case by reference and sorts on the server; a case's page shows its changed fine in the
 * history, and a later change arrives live on the page and in place in the table.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import type { Case, Scrape, Source } from '../../../src/shared/contract';
import { referenceOf, startFixtureRegister, type FixtureRegister } from '../../support/fixtureRegister';
import { api } from '../support/e2eHost';

const PAGES = 20;
const PER_PAGE = 50;
const WINDOW_MS = 2000;

/** Every window a test opened, closed after it: a window left open keeps its user present for the next spec. */
const opened: Page[] = [];

async function openAs(browser: Browser, user: string, route: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  opened.push(page);
  await page.goto(`/?user=${user}#${route}`);
  await expect(page.getByTestId('connection-state')).toHaveText('Live');
  return page;
}

const widget = (page: Page, scrapeId: number) => page.locator(`[data-testid="scrape-progress"][data-scrape-id="${scrapeId}"]`);
const recent = (page: Page) => page.getByTestId('recent-cases');
const updatesOf = async (page: Page) => Number(await recent(page).getAttribute('data-updates'));

async function scrapeDone(id: number): Promise<Scrape> {
  let scrape: Scrape | undefined;
  await expect
    .poll(async () => (scrape = await api<Scrape>('acme', 'GET', `/api/scrapes/${id}`)).status, { timeout: 40_000, intervals: [100] })
    .toBe('completed');
  return scrape!;
}

test.describe.configure({ mode: 'serial' });

test.describe('cases', () => {
  let register: FixtureRegister;
  let source: Source;

  test.beforeAll(async () => {
    register = await startFixtureRegister({ pages: PAGES, perPage: PER_PAGE, delayMs: 20 });
  });
  test.afterEach(async () => {
    await Promise.all(opened.splice(0).map((page) => page.context().close()));
  });
  test.afterAll(async () => {
    await register.close();
  });

  test('alice and bob watch a scrape on #/scrape: rows appear live, the widget reaches completed; carol of globex sees nothing', async ({ browser }) => {
    test.setTimeout(90_000);
    const alice = await openAs(browser, 'alice', '/scrape');
    const bob = await openAs(browser, 'bob', '/scrape');
    const carol = await openAs(browser, 'carol', '/scrape');
    await expect(recent(alice)).toHaveAttribute('data-status', 'live');

    source = await api<Source>('acme', 'POST', '/api/sources', { name: 'e2e register', url: register.url, format: 'html-table' });
    for (const page of [alice, bob]) await expect(page.locator(`[data-testid="source"][data-source-id="${source.id}"]`)).toContainText('e2e register');
    const scrape = await api<Scrape>('acme', 'POST', '/api/scrapes', { sourceId: source.id });

    for (const page of [alice, bob]) {
      // Live while the scrape still runs: the first rows arrive long before its 20 pages are done.
      await expect(page.getByTestId('recent-row').first()).toBeVisible({ timeout: 10_000 });
      await expect(widget(page, scrape.id)).toHaveAttribute('data-status', /queued|running/);
      await expect(page.getByTestId('nav-scrape-count')).toHaveText('1');
    }
    for (const page of [alice, bob]) {
      await expect(widget(page, scrape.id)).toHaveAttribute('data-status', 'completed', { timeout: 40_000 });
      await expect(widget(page, scrape.id).getByTestId('scrape-created')).toHaveText((PAGES * PER_PAGE).toLocaleString('en-GB'));
      await expect(widget(page, scrape.id).getByTestId('scrape-bar-percent')).toHaveText('100%');
      await expect(widget(page, scrape.id).getByTestId('scrape-pages')).toContainText(`${PAGES}`);
      await expect(page.getByTestId('nav-scrape-count')).toHaveText('');
      await expect(recent(page)).toHaveAttribute('data-count', '500', { timeout: WINDOW_MS * 2 });
    }
    await expect(carol.getByTestId('recent-table-empty')).toBeVisible();
    await expect(carol.getByTestId('recent-row')).toHaveCount(0);
    await expect(carol.getByTestId('source')).toHaveCount(0);
    await expect(carol.getByTestId('scrape-progress')).toHaveCount(0);
  });

  test('a rescrape of 1,000 syncs updates the recent table at most once per refetch window and ends exact', async ({ browser }) => {
    test.setTimeout(90_000);
    register.setFine(referenceOf(1, 1), '£9,999.00');
    const alice = await openAs(browser, 'alice', '/scrape');
    await expect(recent(alice)).toHaveAttribute('data-count', '500');
    await expect(alice.getByTestId('refetch-window')).toHaveValue(String(WINDOW_MS));
    const before = await updatesOf(alice);

    const started = Date.now();
    const scrape = await api<Scrape>('acme', 'POST', '/api/scrapes', { sourceId: source.id });
    const done = await scrapeDone(scrape.id);
    const duration = Date.now() - started;
    expect(done).toMatchObject({ casesCreated: 0, casesSynced: PAGES * PER_PAGE, errors: [] });
    // The trailing update lands within one window of the last event.
    await expect(widget(alice, scrape.id)).toHaveAttribute('data-status', 'completed', { timeout: WINDOW_MS * 2 });
    await alice.waitForTimeout(WINDOW_MS + 500);

    const updates = (await updatesOf(alice)) - before;
    expect(updates).toBeGreaterThanOrEqual(2);
    expect(updates).toBeLessThanOrEqual(Math.ceil((duration + WINDOW_MS + 500) / WINDOW_MS) + 1);

    // Exact: the newest case first, as many rows as the server shows, the same as a fresh query.
    const newest = await api<{ cases: Case[]; total: number }>('acme', 'GET', '/api/cases?sort=lastSyncedAt&dir=desc&limit=1');
    await expect(recent(alice)).toHaveAttribute('data-first-reference', newest.cases[0]!.reference);
    await expect(recent(alice)).toHaveAttribute('data-count', '500');
    await expect(alice.getByTestId('recent-row').first()).toHaveAttribute('data-reference', newest.cases[0]!.reference);
  });

  test('#/cases finds a case by reference and sorts on the server; its page shows the changed fine, live', async ({ browser }) => {
    test.setTimeout(90_000);
    const alice = await openAs(browser, 'alice', '/cases');
    await expect(alice.getByTestId('cases-total')).toHaveText('1,000 cases');
    await alice.getByRole('button', { name: 'Reference' }).click();
    await expect(alice.getByTestId('case-row').first()).toHaveAttribute('data-reference', referenceOf(1, 1));
    await alice.getByRole('button', { name: 'Reference' }).click();
    await expect(alice.getByTestId('case-row').first()).toHaveAttribute('data-reference', referenceOf(PAGES, PER_PAGE));
    // Only the rows around the viewport are in the page; the last ones are fetched when scrolled to.
    expect(await alice.getByTestId('case-row').count()).toBeLessThan(200);
    await alice.locator('.cases-table .ui-table-scroll').evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
    await expect(alice.locator('[data-testid="case-row"][aria-rowindex="1001"]')).toHaveAttribute('data-reference', referenceOf(1, 1));

    const reference = referenceOf(1, 1);
    await alice.getByTestId('cases-search').fill(reference);
    await expect(alice.getByTestId('cases-total')).toHaveText('1 case');
    await expect(alice.getByTestId('case-row')).toHaveCount(1);
    const row = alice.getByTestId('case-row').first();
    await expect(row).toHaveAttribute('data-reference', reference);
    await expect(row.getByTestId('case-fine')).toHaveText('£9,999.00');
    const caseId = Number(await row.getAttribute('data-case-id'));

    // bob keeps the table open on the case while alice opens its page.
    const bob = await openAs(browser, 'bob', '/cases');
    await bob.getByTestId('cases-search').fill(reference);
    await expect(bob.getByTestId('case-row')).toHaveCount(1);

    await row.getByTestId('case-link').click();
    await expect(alice).toHaveURL(new RegExp(`#/cases/${caseId}$`));
    await expect(alice.getByTestId('case-fine')).toHaveText('£9,999.00');
    const fineChange = alice.locator('[data-testid="history-change"][data-field="fine"]').first();
    await expect(fineChange.getByTestId('change-from')).toHaveText('£1,011.50');
    await expect(fineChange.getByTestId('change-to')).toHaveText('£9,999.00');

    register.setFine(reference, '£12,000.00');
    const scrape = await api<Scrape>('acme', 'POST', '/api/scrapes', { sourceId: source.id });
    // The first page is the first fetched: both windows change within a second or so of it, not at the end.
    await expect(alice.getByTestId('case-fine')).toHaveText('£12,000.00', { timeout: 10_000 });
    await expect(alice.getByTestId('history-entry').first().getByTestId('change-to')).toHaveText('£12,000.00');
    await expect(alice.getByTestId('history-entry').nth(1).getByTestId('change-to')).toHaveText('£9,999.00');
    await expect(bob.getByTestId('case-row').first().getByTestId('case-fine')).toHaveText('£12,000.00', { timeout: 10_000 });
    await scrapeDone(scrape.id);
  });
});
