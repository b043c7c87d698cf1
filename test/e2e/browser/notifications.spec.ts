/**
 * Notifications as people see them: bob in two windows (two browser contexts) and alice in one. A notification to
 * bob raises both of bob's badges and titles and never alice's; reading in one of bob's windows lowers both; a
 * window offline while marks happen (its own and the other window's) agrees with the server once it reconnects,
 * nothing lost or counted twice, and a mark-all made offline never swallows what arrived later; a toast reaches
 * bob's windows only; a mark made offline survives a reload and is sent on reconnect.
 */
import { expect, test, type Browser, type Page, type WebSocketRoute } from '@playwright/test';
import type { Inbox, Notification } from '../../../src/shared/contract';
import { api, closeOpenWindows } from '../support/e2eHost';

async function openAs(browser: Browser, user: string, route = '#/inbox'): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto(`/?user=${user}${route}`);
  await expect(page.getByTestId('connection-state')).toHaveText('Live');
  await expect(page.getByTestId('notification-bell')).toBeVisible();
  return page;
}

const send = (user: string, title: string, extra: Record<string, unknown> = {}) =>
  api<Notification>('acme', 'POST', '/api/notifications', { user, type: 'alert', title, ...extra });
const serverUnread = async (user: string) => (await api<Inbox>('acme', 'GET', `/api/users/${user}/notifications`)).unreadCount;
/** Starts from nothing unread, whatever earlier tests or the notifiers left. */
const readAll = (user: string) => api('acme', 'POST', `/api/users/${user}/notifications/read-all`, {});

/** The window's badge, sidebar count and title all say `n`. */
async function expectUnread(page: Page, n: number) {
  await expect(page.getByTestId('notification-badge')).toHaveAttribute('data-count', String(n));
  await expect(page.getByTestId('nav-inbox-count')).toHaveAttribute('data-count', String(n));
  if (n > 0) await expect(page).toHaveTitle(new RegExp(`^\\(${n > 99 ? '99\\+' : n}\\) `));
  else await expect(page).not.toHaveTitle(/^\(/);
}

const row = (page: Page, id: number) => page.locator(`[data-testid="inbox-row"][data-id="${id}"]`);
const markRead = (page: Page, id: number) => row(page, id).getByTestId('mark-read').click();

async function goOffline(page: Page) {
  await page.context().setOffline(true);
  await expect(page.getByTestId('connection-state')).not.toHaveText('Live');
}
async function goOnline(page: Page) {
  await page.context().setOffline(false);
  await expect(page.getByTestId('connection-state')).toHaveText('Live', { timeout: 10_000 });
}

test.afterEach(closeOpenWindows);

test.describe('notifications', () => {
  test.beforeEach(async () => {
    await readAll('bob');
    await readAll('alice');
  });

  test('raise both of bob’s badges and titles and not alice’s; reading in one of bob’s windows lowers both', async ({ browser }) => {
    const [bobA, bobB, alice] = [await openAs(browser, 'bob'), await openAs(browser, 'bob', '#/agents'), await openAs(browser, 'alice')];
    for (const page of [bobA, bobB, alice]) await expectUnread(page, 0);

    const first = await send('bob', 'e2e: build colour-demo failed', { link: '#/builds' });
    const second = await send('bob', 'e2e: process 7 failed');
    await send('bob', 'e2e: nightly scrape done', { type: 'activity' });
    const system = await send('bob', 'e2e: app updated', { type: 'system' }); // stored, pulled, never counted
    for (const page of [bobA, bobB]) await expectUnread(page, 3);
    await expect(bobB).toHaveTitle('(3) Agents — Switchboard — Bob');
    await expectUnread(alice, 0);
    await expect(alice.getByText('e2e: build colour-demo failed')).toHaveCount(0);

    await markRead(bobA, second.id);
    for (const page of [bobA, bobB]) await expectUnread(page, 2);
    expect(await serverUnread('bob')).toBe(2);

    // The bell in the other window: its item marks read and opens the link.
    await bobB.getByTestId('notification-bell').click();
    await bobB.locator(`[data-testid="bell-item"][data-id="${first.id}"]`).click();
    await expect(bobB).toHaveURL(/#\/builds$/);
    for (const page of [bobA, bobB]) await expectUnread(page, 1);
    await expect(row(bobA, first.id)).not.toHaveAttribute('data-unread', 'true');

    // Filters: unread only, then by type.
    await bobA.getByTestId('inbox-unread-only').check();
    // The activity only: a system notification is pulled, never pushed, so this window learns of it on its next pull.
    await expect(bobA.getByTestId('inbox-row')).toHaveCount(1);
    await expect(bobA.getByTestId('inbox-row')).toContainText('e2e: nightly scrape done');
    await bobA.getByTestId('inbox-type').selectOption('alert');
    await expect(bobA.getByTestId('inbox-row')).toHaveCount(0);
    await expect(bobA.getByTestId('inbox-empty')).toContainText('Nothing matches these filters');
    await bobA.reload();
    await expect(row(bobA, system.id)).toBeVisible(); // pulled on mount

    await bobA.getByTestId('mark-all-read').click();
    for (const page of [bobA, bobB]) await expectUnread(page, 0);
    expect(await serverUnread('bob')).toBe(0);
    for (const page of [bobA, bobB, alice]) await page.context().close();
  });

  test('a window offline while both windows mark agrees with the server after reconnecting', async ({ browser }) => {
    const [bobA, bobB] = [await openAs(browser, 'bob'), await openAs(browser, 'bob')];
    const [n1, n2, n3] = [await send('bob', 'e2e offline 1'), await send('bob', 'e2e offline 2'), await send('bob', 'e2e offline 3')];
    for (const page of [bobA, bobB]) await expectUnread(page, 3);

    await goOffline(bobB);
    await markRead(bobB, n1.id);
    await expect(row(bobB, n1.id)).toHaveAttribute('data-pending', 'true');
    await expectUnread(bobB, 2); // at once, though nothing was sent
    await markRead(bobA, n2.id);
    const n4 = await send('bob', 'e2e offline 4'); // lands while bobB is away
    await expectUnread(bobA, 3); // n1 (bobB's mark is not sent yet), n3, n4
    expect(await serverUnread('bob')).toBe(3);

    await goOnline(bobB);
    for (const page of [bobA, bobB]) await expectUnread(page, 2); // n3 and n4: nothing lost, nothing twice
    expect(await serverUnread('bob')).toBe(2);
    for (const page of [bobA, bobB]) {
      await expect(row(page, n1.id)).not.toHaveAttribute('data-unread', 'true');
      await expect(row(page, n2.id)).not.toHaveAttribute('data-unread', 'true');
      await expect(row(page, n3.id)).toHaveAttribute('data-unread', 'true');
    }
    await expect(row(bobB, n1.id)).not.toHaveAttribute('data-pending', 'true');

    // Mark all while offline covers what the window had (up to n4), never what arrives meanwhile.
    await goOffline(bobB);
    await bobB.getByTestId('mark-all-read').click();
    await expectUnread(bobB, 0);
    const n5 = await send('bob', 'e2e offline 5');
    await expectUnread(bobA, 3);
    await goOnline(bobB);
    for (const page of [bobA, bobB]) await expectUnread(page, 1);
    expect(await serverUnread('bob')).toBe(1);
    await expect(row(bobB, n5.id)).toHaveAttribute('data-unread', 'true');
    await expect(row(bobB, n4.id)).not.toHaveAttribute('data-unread', 'true');
    for (const page of [bobA, bobB]) await page.context().close();
  });

  test('a toast sent to bob shows in bob’s windows only', async ({ browser }) => {
    const [bobA, bobB, alice] = [await openAs(browser, 'bob'), await openAs(browser, 'bob', '#/agents'), await openAs(browser, 'alice')];
    await api('acme', 'POST', '/api/notifications', { user: 'bob', type: 'toast', title: 'e2e: export ready', link: '#/cases' });
    for (const page of [bobA, bobB]) {
      const toast = page.getByTestId('toast').filter({ hasText: 'e2e: export ready' });
      await expect(toast).toBeVisible();
      await expect(toast.getByTestId('toast-link')).toHaveAttribute('href', '#/cases');
      // A toast never takes focus, and it is not in the inbox or the count.
      await expect(page.getByTestId('toast')).not.toBeFocused();
      await expectUnread(page, 0);
    }
    await api('acme', 'POST', '/api/notifications', { user: 'alice', type: 'transient', title: 'e2e: for alice only' });
    await expect(alice.getByTestId('toast').filter({ hasText: 'e2e: for alice only' })).toBeVisible();
    await expect(alice.getByTestId('toast').filter({ hasText: 'e2e: export ready' })).toHaveCount(0);
    await expect(bobA.getByTestId('toast').filter({ hasText: 'e2e: for alice only' })).toHaveCount(0);
    for (const page of [bobA, bobB, alice]) await page.context().close();
  });

  test('a mark made offline survives a reload and is sent once the window reconnects', async ({ browser }) => {
    // The window's socket to the host goes through a switch: while it is off, the page loads but never connects.
    const context = await browser.newContext();
    const sockets: WebSocketRoute[] = [];
    let allow = true;
    await context.routeWebSocket(/\/ws$/, (ws) => {
      sockets.push(ws);
      if (allow) ws.connectToServer();
    });
    const cut = async () => {
      const open = sockets.splice(0);
      for (const ws of open) await ws.close();
    };
    const bob = await context.newPage();
    await bob.goto('/?user=bob#/inbox');
    await expect(bob.getByTestId('connection-state')).toHaveText('Live');
    const n = await send('bob', 'e2e reload mark');
    await expectUnread(bob, 1);

    allow = false;
    await cut();
    await expect(bob.getByTestId('connection-state')).not.toHaveText('Live');
    await markRead(bob, n.id);
    await expectUnread(bob, 0);

    await bob.reload();
    await expect.poll(() => sockets.length).toBeGreaterThan(0);
    const queued = await bob.evaluate(() => Object.entries(localStorage).filter(([key]) => key.startsWith('switchboard:notifications:marks:')));
    expect(queued).toEqual([[expect.any(String), JSON.stringify([{ kind: 'read', id: n.id }])]]);
    expect(await serverUnread('bob')).toBe(1);

    allow = true;
    await cut();
    await expect(bob.getByTestId('connection-state')).toHaveText('Live', { timeout: 15_000 });
    await expect.poll(() => serverUnread('bob')).toBe(0);
    await expectUnread(bob, 0);
    await expect(row(bob, n.id)).not.toHaveAttribute('data-pending', 'true');
    expect(await bob.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('switchboard:notifications:marks:')))).toEqual([]);
    await context.close();
  });
});
