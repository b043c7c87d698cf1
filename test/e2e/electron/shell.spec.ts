/**
 * The Electron shell through Playwright's `_electron`: windows open as a user on the app:// origin, run sandboxed
 * and isolated, cannot open windows or navigate away, and the menu opens more windows as other users.
 * Each launch gets a fresh data folder (`--user-data-dir`) and any free REST port (SWITCHBOARD_API_PORT=0).
 * Where Electron's binary is not installed, every test is reported skipped with the reason, never passed.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import type { WebContents, WebPreferences } from 'electron';
import { electronSkipReason, findElectron, root } from '../support/findElectron';


/** The page's globals this spec touches (the test tsconfig has no DOM types). */
type PageGlobals = { open(url: string): unknown; location: { href: string }; require?: unknown; switchboardBridge?: object };

const found = findElectron();
const launched: { app: ElectronApplication; dataDir: string }[] = [];

async function launch(...flags: string[]): Promise<ElectronApplication> {
  const dataDir = mkdtempSync(join(tmpdir(), 'switchboard-electron-'));
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined) env[key] = value;
  env.SWITCHBOARD_API_PORT = '0';
  // Either would turn the shell into something else: a dev-server client, or plain Node.
  delete env.ELECTRON_RENDERER_URL;
  delete env.ELECTRON_RUN_AS_NODE;
  const args = ['.', `--user-data-dir=${dataDir}`, ...flags];
  // Chromium refuses its OS-level sandbox as root (CI containers); the renderer sandbox under test is unaffected.
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  const app = await electron.launch({ executablePath: found.binary!, args, cwd: root, env });
  launched.push({ app, dataDir });
  return app;
}

test.describe('electron', () => {
  test.describe.configure({ mode: 'serial' });
  test.skip(!found.binary, electronSkipReason(found.reason ?? ''));

  let app: ElectronApplication;
  let page: Page;

  test.beforeAll(async () => {
    if (!found.binary) return;
    const build = spawnSync(process.execPath, [join(root, 'scripts', 'ensureBuilt.mjs')], { cwd: root, stdio: 'inherit' });
    if (build.status !== 0) throw new Error('electron-vite build failed; see the output above');
    app = await launch();
    page = await app.firstWindow();
  });

  test.afterAll(async () => {
    for (const { app: running, dataDir } of launched.splice(0)) {
      await running.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  test('the first window opens on app:// as the first user and shows the live agents table', async () => {
    await expect(page.getByTestId('agents-table')).toBeVisible();
    await expect(page.getByTestId('connection-state')).toHaveText('Live');
    await expect(page.getByTestId('current-user')).toContainText('Alice');
    expect(page.url()).toBe('app://switchboard/index.html?user=alice#/agents');
  });

  test('windows run isolated and sandboxed, without Node, with only the two-function bridge', async () => {
    const prefs = await app.evaluate(({ BrowserWindow }) =>
      BrowserWindow.getAllWindows().map((window) => {
        // Real, but missing from electron.d.ts: what the renderer was actually created with.
        const contents = window.webContents as WebContents & { getLastWebPreferences?(): WebPreferences | null };
        if (typeof contents.getLastWebPreferences !== 'function') throw new Error('webContents.getLastWebPreferences() is missing');
        const p = contents.getLastWebPreferences();
        return { contextIsolation: p?.contextIsolation, sandbox: p?.sandbox, nodeIntegration: p?.nodeIntegration, webSecurity: p?.webSecurity };
      }),
    );
    expect(prefs).toEqual([{ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true }]);
    expect(await page.evaluate(() => typeof (globalThis as unknown as PageGlobals).require)).toBe('undefined');
    const bridge = await page.evaluate(() => Object.keys((globalThis as unknown as PageGlobals).switchboardBridge ?? {}).sort());
    expect(bridge).toEqual(['onFrame', 'send']);
  });

  test('window.open is refused and the URL goes to the OS browser instead', async () => {
    // Record instead of launching a real browser on the test machine.
    await app.evaluate(({ shell }) => {
      const opened: string[] = [];
      (globalThis as { opened?: string[] }).opened = opened;
      shell.openExternal = async (url: string) => {
        opened.push(url);
      };
    });
    expect(await page.evaluate(() => (globalThis as unknown as PageGlobals).open('https://example.com') === null)).toBe(true);
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
    await expect
      .poll(() => app.evaluate(() => (globalThis as { opened?: string[] }).opened))
      .toEqual([expect.stringMatching(/^https:\/\/example\.com\/?$/)]);
  });

  test('navigating to an outside URL is blocked and the window stays live', async () => {
    await page.evaluate(() => {
      (globalThis as unknown as PageGlobals).location.href = 'https://example.com/';
    });
    await page.waitForTimeout(500);
    expect(page.url()).toBe('app://switchboard/index.html?user=alice#/agents');
    await expect(page.getByTestId('connection-state')).toHaveText('Live');
    await expect(page.getByTestId('agents-table')).toBeVisible();
  });

  test('"New window as… Bob (acme)" opens a second window signed in as bob', async () => {
    const [bob] = await Promise.all([
      app.waitForEvent('window'),
      app.evaluate(({ Menu }) => {
        const item = Menu.getApplicationMenu()?.getMenuItemById('new-window-as:bob');
        if (!item) throw new Error('no "New window as… Bob" menu item');
        item.click();
        return item.label;
      }),
    ]);
    await expect(bob.getByTestId('current-user')).toContainText('Bob');
    await expect(bob.getByTestId('agents-table')).toBeVisible();
    expect(bob.url()).toBe('app://switchboard/index.html?user=bob#/agents');
    await expect(page.getByTestId('connection-state')).toHaveText('Live');
  });

  test('"New window (sign in)…" opens the sign-in screen', async () => {
    const [signIn] = await Promise.all([
      app.waitForEvent('window'),
      app.evaluate(({ Menu }) => Menu.getApplicationMenu()?.getMenuItemById('new-window-sign-in')?.click()),
    ]);
    await expect(signIn.getByTestId('sign-in')).toBeVisible();
    await expect(signIn.locator('[data-testid="sign-in-user"][data-user="carol"]')).toBeVisible();
  });

  test('--no-demo starts with no users, on the sign-in screen', async () => {
    const empty = await launch('--no-demo');
    const window = await empty.firstWindow();
    await expect(window.getByTestId('sign-in')).toBeVisible();
    await expect(window.getByTestId('sign-in-user')).toHaveCount(0);
    expect(window.url()).toBe('app://switchboard/index.html');
  });
});
