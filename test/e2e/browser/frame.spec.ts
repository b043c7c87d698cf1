/**
 * The window frame as people use it: an 800×600 window keeps every row action in reach with the sidebar folded to
 * icons; while the connection is down the data stays (marked stale) and every write is disabled with the reason;
 * `?` and the About panel open and close with Escape; the favicon is the tray icon.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import type { Agent } from '../../../src/shared/contract';
import { api, e2eDataDir, e2ePort } from '../support/e2eHost';

const offlineReason = "Offline: changes can't be saved until Switchboard reconnects";

async function openAs(browser: Browser, user: string, viewport = { width: 1280, height: 800 }): Promise<Page> {
  const page = await (await browser.newContext({ viewport })).newPage();
  await page.goto(`/?user=${user}#/agents`);
  await expect(page.getByTestId('connection-state')).toHaveText('Live');
  await expect(page.getByTestId('agents-table')).toBeVisible();
  return page;
}

/** Scrolls `target` into view inside its scroll container and checks all of it is on screen and clickable. */
async function expectReachable(target: Locator) {
  await target.scrollIntoViewIfNeeded();
  await expect(target).toBeInViewport({ ratio: 1 });
  await target.click({ trial: true });
}

test.describe('the window frame', () => {
  test('800×600: the sidebar folds to icons and every agent row’s actions are reachable', async ({ browser }) => {
    // Long hostnames, so the table is as wide as it gets.
    for (let i = 0; i < 3; i++) await api('globex', 'POST', '/api/agents', { hostname: `e2e-narrow-${i}.a-rather-long-build-host-name.globex.internal` });
    const page = await openAs(browser, 'carol', { width: 800, height: 600 });

    const nav = page.getByTestId('nav-agents');
    await expect(nav).toHaveAttribute('title', 'Agents (Alt+1)');
    await expect(page.getByRole('link', { name: /^Agents/ })).toBeVisible();
    expect((await page.locator('.sidebar').boundingBox())!.width).toBeLessThanOrEqual(60);
    expect((await page.getByTestId('nav-agents').locator('.sidebar-label').boundingBox())!.width).toBeLessThanOrEqual(1);

    const rows = page.getByTestId('agent-row');
    const count = await rows.count();
    expect(count).toBeGreaterThanOrEqual(3);
    for (let i = 0; i < count; i++) {
      const row = rows.nth(i);
      await expectReachable(row.getByTestId('agent-runs-link'));
      await expectReachable(row.getByRole('button', { name: /^(Enable|Disable)$/ }));
      await expectReachable(row.getByRole('button', { name: 'Delete' }));
    }

    // The actions work from there: a toggle, an opened and cancelled delete, the job history link.
    const last = rows.nth(count - 1);
    const toggle = last.getByRole('button', { name: /^(Enable|Disable)$/ });
    const was = await last.getByTestId('agent-state').textContent();
    await toggle.click();
    await expect(last.getByTestId('agent-state')).not.toHaveText(was ?? '');
    await toggle.click();
    await expect(last.getByTestId('agent-state')).toHaveText(was ?? '');
    await last.getByRole('button', { name: 'Delete' }).click();
    await expectReachable(last.getByRole('button', { name: 'Confirm delete' }));
    await expectReachable(last.getByRole('button', { name: 'Cancel' }));
    await last.getByRole('button', { name: 'Cancel' }).click();
    await last.getByTestId('agent-runs-link').click();
    await expect(page.getByTestId('agent-runs-hostname')).toBeVisible();
    await expect(page).toHaveTitle('Job history — Switchboard — Carol');
    await page.context().close();
  });

  test('offline: the data stays, marked stale, every write is disabled with the reason, and all comes back', async ({ browser }) => {
    await api<Agent>('acme', 'POST', '/api/agents', { hostname: 'e2e-offline-writes.acme' });
    const page = await openAs(browser, 'bob');
    const writes = () => [
      page.getByRole('button', { name: 'Register agent' }),
      page.getByRole('button', { name: 'Schedule job' }),
      ...[page.getByTestId('agent-row').first(), page.getByTestId('agent-row').last()].flatMap((row) => [
        row.getByRole('button', { name: /^(Enable|Disable)$/ }),
        row.getByRole('button', { name: 'Delete' }),
      ]),
    ];
    const rowsBefore = await page.getByTestId('agent-row').count();
    await expect(page.getByTestId('connection-retry')).toHaveCount(0);

    await page.context().setOffline(true);
    await expect(page.getByTestId('connection-state')).not.toHaveText('Live');
    await expect(page.getByTestId('connection-state')).toHaveText('Offline');
    await expect(page.getByTestId('main-content')).toHaveAttribute('data-stale', 'true');
    await expect(page.getByTestId('agent-row')).toHaveCount(rowsBefore);
    await expect(page.getByTestId('connection-retry')).toBeVisible();
    for (const button of writes()) {
      await expect(button).toBeDisabled();
      await expect(button).toHaveAttribute('title', offlineReason);
    }
    // Retry now while the network is still gone: it tries, fails, and says Offline again.
    await page.getByTestId('connection-retry').click();
    await expect(page.getByTestId('connection-state')).toHaveText('Offline');

    await page.context().setOffline(false);
    await expect(page.getByTestId('connection-state')).toHaveText('Live', { timeout: 5000 });
    await expect(page.getByTestId('main-content')).not.toHaveAttribute('data-stale', 'true');
    await expect(page.getByTestId('connection-retry')).toHaveCount(0);
    for (const button of writes()) {
      await expect(button).toBeEnabled();
      await expect(button).not.toHaveAttribute('title', offlineReason);
    }
    await page.context().close();
  });

  test('`?` opens the shortcut sheet and About shows the app and the user; Escape closes both', async ({ browser }) => {
    const page = await openAs(browser, 'alice');
    await expect(page).toHaveTitle('Agents — Switchboard — Alice');

    await page.keyboard.press('?');
    const sheet = page.getByTestId('shortcut-sheet');
    await expect(sheet).toBeVisible();
    await expect(sheet.getByTestId('shortcut-list')).toContainText('Alt+1Agents');
    await expect(sheet).toContainText('Escape');
    await page.keyboard.press('Escape');
    await expect(sheet).toBeHidden();

    // In a text field `?` is just a character.
    await page.getByTestId('agents-filter').fill('');
    await page.getByTestId('agents-filter').press('?');
    await expect(page.getByTestId('agents-filter')).toHaveValue('?');
    await expect(sheet).toBeHidden();
    await page.getByTestId('agents-filter').fill('');

    const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
    await page.getByTestId('open-about').click();
    const about = page.getByTestId('about-panel');
    await expect(about).toBeVisible();
    await expect(about.getByTestId('about-version')).toHaveText(version);
    await expect(about.getByTestId('about-user')).toHaveText('Alice (Acme Corp)');
    await expect(about.getByTestId('about-data-dir')).toContainText(e2eDataDir);
    await expect(about.getByTestId('about-api-url')).toHaveText(`http://127.0.0.1:${e2ePort}`);
    await expect(about.getByTestId('about-host')).toHaveText(`http://127.0.0.1:${e2ePort}`);
    await page.keyboard.press('Escape');
    await expect(about).toBeHidden();
    await expect(page.getByTestId('open-about')).toBeFocused();
    // Straight from one panel to the next: the first one's late close event must not close the second.
    await page.getByTestId('open-about').click();
    await expect(about).toBeVisible();
    await page.keyboard.press('Escape');
    await page.keyboard.press('?');
    await expect(sheet).toBeVisible();
    await page.waitForTimeout(100);
    await expect(sheet).toBeVisible();
    await expect(about).toBeHidden();
    await page.keyboard.press('Escape');
    await expect(sheet).toBeHidden();

    // Alt+1 opens Agents from anywhere, even a page that does not exist.
    await page.goto(`/?user=alice#/nowhere`);
    await expect(page.getByText('There is no view at')).toBeVisible();
    await expect(page).toHaveTitle('Not found — Switchboard — Alice');
    await page.keyboard.press('Alt+1');
    await expect(page).toHaveURL(/#\/agents$/);
    await expect(page.getByTestId('agents-table')).toBeVisible();
    await page.context().close();
  });

  test('the favicon is the tray icon, served under the page’s own CSP', async ({ page }) => {
    await page.goto('/');
    const href = await page.locator('link[rel="icon"][sizes="16x16"]').getAttribute('href');
    const icon = await page.request.get(new URL(href!, page.url()).toString());
    expect(icon.status()).toBe(200);
    expect(icon.headers()['content-type']).toBe('image/png');
    expect(Buffer.compare(await icon.body(), readFileSync('resources/tray.png'))).toBe(0);
  });
  test('a reloaded window fetches its app chunk and its stylesheet once, from the page’s head, while the boot chunk signs in', async ({ page }) => {
    await page.goto('/?user=alice#/agents');
    await expect(page.getByTestId('agents-table')).toBeVisible();
    // A warm start: the boot chunk imports the app chunk only after signing in; the head's link asked for it first.
    await page.reload();
    await expect(page.getByTestId('agents-table')).toBeVisible();
    const { fetches, documentReady } = await page.evaluate(() => {
      // The page's Performance API (this file is typed for Node, not the DOM).
      type Entry = { name: string; startTime: number; domContentLoadedEventStart?: number };
      const timeline = globalThis.performance as unknown as { getEntriesByType(type: string): Entry[] };
      return {
        fetches: timeline
          .getEntriesByType('resource')
          .filter((e) => /\/assets\/startApp-[^/]+\.(js|css)$/.test(e.name))
          .map((e) => e.startTime),
        documentReady: timeline.getEntriesByType('navigation')[0]?.domContentLoadedEventStart ?? 0,
      };
    });
    // Asked for while the page parsed: without the link it would leave only after the sign-in's round trip.
    // The chunk and its stylesheet, each once.
    expect(fetches).toHaveLength(2);
    for (const start of fetches) expect(start).toBeLessThan(documentReady);
  });
  test('a window boots and moves between views without breaking its Content-Security-Policy', async ({ page }) => {
    // Recorded from the first script on: a violation during the boot counts too.
    await page.addInitScript(() => {
      type Violation = { violatedDirective: string; blockedURI: string; sourceFile: string; lineNumber: number };
      const page = globalThis as unknown as { cspViolations: string[]; document: { addEventListener(type: string, listener: (e: Violation) => void): void } };
      page.cspViolations = [];
      page.document.addEventListener('securitypolicyviolation', (e) => page.cspViolations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
    });
    await page.goto('/?user=alice#/agents');
    await expect(page.getByTestId('connection-state')).toHaveText('Live');
    for (const view of ['nav-workflows', 'nav-cases', 'nav-campaigns', 'nav-agents']) {
      await page.getByTestId(view).click();
      await expect(page.getByTestId('connection-state')).toHaveText('Live');
    }
    expect(await page.evaluate(() => (globalThis as { cspViolations?: string[] }).cspViolations)).toEqual([]);
  });
});
