/**
 * The shell's unread badge and native notifications through Playwright's `_electron`: alerts to bob raise the tray's
 * count and tooltip (not alice's), reading brings them back down, each alert shows a native notification while
 * bob's window has no focus, and clicking one brings bob's window forward on the alert's link, or opens one there.
 * Tray and Notification are observed by wrapping their prototypes in the main process; nothing in the app is
 * test-only. Where Electron's binary is not installed, every test is reported skipped with the reason.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { electronSkipReason, findElectron, root } from '../support/findElectron';

const found = findElectron();

/** What the main process recorded (see `observe`). */
type Recorded = { tooltips: string[]; images: string[]; notes: { title: string; body: string; emit(event: 'click'): void }[] };

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

test.describe('electron unread badge and notifications', () => {
  test.describe.configure({ mode: 'serial' });
  test.skip(!found.binary, electronSkipReason(found.reason ?? ''));

  let app: ElectronApplication;
  let bob: Page;
  let dataDir: string;
  let api: (method: string, path: string, body?: unknown) => Promise<unknown>;

  test.beforeAll(async () => {
    if (!found.binary) return;
    const build = spawnSync(process.execPath, [join(root, 'scripts', 'ensureBuilt.mjs')], { cwd: root, stdio: 'inherit' });
    if (build.status !== 0) throw new Error('electron-vite build failed; see the output above');
    dataDir = mkdtempSync(join(tmpdir(), 'switchboard-electron-unread-'));
    const port = await freePort();
    const env: Record<string, string> = {};
    for (const [key, value] of Object.entries(process.env)) if (value !== undefined) env[key] = value;
    env.SWITCHBOARD_API_PORT = String(port);
    delete env.ELECTRON_RENDERER_URL;
    delete env.ELECTRON_RUN_AS_NODE;
    const args = ['.', `--user-data-dir=${dataDir}`, '--user=bob'];
    if (process.getuid?.() === 0) args.push('--no-sandbox');
    app = await electron.launch({ executablePath: found.binary, args, cwd: root, env });
    bob = await app.firstWindow();
    await expect(bob.getByTestId('connection-state')).toHaveText('Live');
    const token = () => readFileSync(join(dataDir, 'tokens', 'acme.token'), 'utf8').trim();
    api = async (method, path, body) => {
      const response = await fetch(`http://127.0.0.1:${port}${path}`, {
        method,
        headers: { authorization: `Bearer ${token()}`, 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
      return response.json();
    };
    // Observe the tray and native notifications from here on; a shown notification is kept to be clicked.
    await app.evaluate(({ Tray, Notification }) => {
      const recorded: Recorded = { tooltips: [], images: [], notes: [] };
      (globalThis as { recorded?: Recorded }).recorded = recorded;
      const setToolTip = Tray.prototype.setToolTip;
      Tray.prototype.setToolTip = function (this: Electron.Tray, text: string) {
        recorded.tooltips.push(text);
        setToolTip.call(this, text);
      };
      const setImage = Tray.prototype.setImage;
      Tray.prototype.setImage = function (this: Electron.Tray, image: Electron.NativeImage | string) {
        recorded.images.push(typeof image === 'string' ? image : image.toDataURL());
        setImage.call(this, image);
      };
      Notification.prototype.show = function (this: Electron.Notification) {
        recorded.notes.push(this as unknown as Recorded['notes'][number]);
      };
    });
  });

  test.afterAll(async () => {
    await app?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  const recorded = () => app.evaluate(() => {
    const r = (globalThis as { recorded?: Recorded }).recorded!;
    return { tooltips: r.tooltips, images: r.images, notes: r.notes.map((n) => ({ title: n.title, body: n.body })) };
  });
  const lastTooltip = async () => (await recorded()).tooltips.at(-1);

  test("alerts to bob raise the tray's count for bob alone; reading brings it down", async () => {
    // Alice's window, focused: bob has no focused window, so his alerts are shown natively.
    const [alice] = await Promise.all([
      app.waitForEvent('window'),
      app.evaluate(({ Menu }) => Menu.getApplicationMenu()?.getMenuItemById('new-window-as:alice')?.click()),
    ]);
    await expect(alice.getByTestId('connection-state')).toHaveText('Live');
    await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().find((w) => w.webContents.getURL().includes('user=alice'))?.focus());

    for (const title of ['Build failed', 'Build failed again', 'Deploy failed']) {
      await api('POST', '/api/notifications', { user: 'bob', type: 'alert', title, body: `${title} (e2e)`, link: '#/builds' });
    }
    await expect.poll(lastTooltip).toBe('Switchboard — bob: 3, alice: 0');
    const plain = await app.evaluate(({ nativeImage }, icon) => nativeImage.createFromPath(icon).toDataURL(), join(root, 'resources', 'tray.png'));
    const badged = (await recorded()).images.at(-1);
    if (process.platform !== 'darwin') expect(badged).not.toBe(plain);

    await api('POST', '/api/users/bob/notifications/read-all', {});
    await expect.poll(lastTooltip).toBe('Switchboard — bob: 0, alice: 0');
    if (process.platform !== 'darwin') expect((await recorded()).images.at(-1)).toBe(plain);
    expect((await recorded()).notes.map((n) => n.title)).toEqual(['Build failed', 'Build failed again', 'Deploy failed']);
  });

  test("clicking a notification brings bob's window forward on its link, or opens one there", async () => {
    await app.evaluate(() => (globalThis as { recorded?: Recorded }).recorded!.notes[0]!.emit('click'));
    await expect.poll(() => bob.url()).toBe('app://switchboard/index.html?user=bob#/builds');
    await expect(bob.getByTestId('connection-state')).toHaveText('Live');

    // With bob's window closed, a click opens a new one, signed in as bob, on the link.
    await bob.close();
    await expect.poll(lastTooltip).toBe('Switchboard — alice: 0');
    const [opened] = await Promise.all([app.waitForEvent('window'), app.evaluate(() => (globalThis as { recorded?: Recorded }).recorded!.notes[1]!.emit('click'))]);
    await expect(opened.getByTestId('connection-state')).toHaveText('Live');
    expect(opened.url()).toBe('app://switchboard/index.html?user=bob#/builds');
    await expect.poll(lastTooltip).toBe('Switchboard — alice: 0, bob: 0');
  });
});
