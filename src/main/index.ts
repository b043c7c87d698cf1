/**
 * The Electron entry: one core (createApp), the REST API on loopback, and windows that reach the kernel over IPC.
 * Flags: `--user-data-dir=<dir>` (where data and the browser profile live), `--no-demo` (no demo data on a first
 * start), `--user=<id>` (who the first window signs in as; default the first user). Env: SWITCHBOARD_API_PORT.
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, dialog, ipcMain } from 'electron';
import { createApp, type App } from './app/createApp';
import { createAppOrigin } from './electron/appOrigin';
import { createBadgeRenderer } from './electron/createBadgeRenderer';
import { createTray } from './electron/createTray';
import { createWindows } from './electron/createWindows';
import { enforceSecurity } from './electron/enforceSecurity';
import { installAppMenu } from './electron/installAppMenu';
import { registerAppScheme } from './electron/registerAppScheme';
import { revealUserWindow } from './electron/revealUserWindow';
import { serveAppProtocol } from './electron/serveAppProtocol';
import { startApiHost } from './electron/startApiHost';
import { watchAgentNotifications } from './electron/watchAgentNotifications';
import { watchAlertNotifications } from './electron/watchAlertNotifications';
import { watchJobNotifications } from './electron/watchJobNotifications';
import { watchUnreadBadge } from './electron/watchUnreadBadge';
import { windowMenuItems } from './electron/windowMenuItems';
import { DisposableStore, toDisposable } from './kernel/disposable';
import { attachIpcServer } from './transports/ipc/attachIpcServer';

const here = dirname(fileURLToPath(import.meta.url));

// Both must happen before `ready`, and the single-instance lock is per userData folder, so set that first.
registerAppScheme();
const userDataDir = app.commandLine.getSwitchValue('user-data-dir');
if (userDataDir) app.setPath('userData', resolve(userDataDir));

if (!app.requestSingleInstanceLock()) {
  // Another Switchboard owns this data folder; it opens a window for us on `second-instance`.
  app.quit();
} else {
  app.whenReady().then(start).catch(fail);
}

async function start() {
  let core: App;
  try {
    core = createApp({
      dataDir: app.getPath('userData'),
      demo: !process.argv.includes('--no-demo'),
      shell: 'electron',
      threads: { parseCasePage: new URL('./parseThread.js', import.meta.url) },
    });
  } catch (error) {
    fail(error);
    return;
  }
  const shell = new DisposableStore();
  const devServerUrl = process.env.ELECTRON_RENDERER_URL;
  const origin = createAppOrigin(devServerUrl);
  if (!devServerUrl) shell.add(serveAppProtocol(join(here, '../renderer')));
  enforceSecurity(origin);
  const windows = createWindows({ origin, preload: join(here, '../preload/index.cjs') });
  shell.add(
    attachIpcServer({
      ipcMain,
      isOurs: windows.isOurs,
      isAppUrl: origin.isAppUrl,
      onTransport: (id, transport) => core.kernel.sync.connect(id, transport),
    }),
  );
  shell.add(watchAgentNotifications(core.kernel));
  shell.add(watchJobNotifications(core.kernel));

  const host = await startApiHost(core, process.env.SWITCHBOARD_API_PORT);
  if (host) shell.add(toDisposable(() => void host.close()));

  const users = core.listUsers();
  installAppMenu(windowMenuItems(users, windows, { quit: process.platform !== 'darwin' }));
  const iconPath = join(app.getAppPath(), 'resources', 'tray.png');
  const tray = createTray(iconPath, windowMenuItems(users, windows), () => windows.reveal());
  if (tray) shell.add(toDisposable(() => tray.destroy()));
  // The unread badge (tray, dock, taskbar) and native notifications for alerts: the shell renders, the core decides.
  const badge = shell.add(createBadgeRenderer({ tray, iconPath, windows, kernel: core.kernel }));
  shell.add(watchUnreadBadge(core.kernel, (userId) => core.unreadCount(userId), (unread) => badge.render(unread)));
  shell.add(watchAlertNotifications(core.kernel, (userId, route) => revealUserWindow(windows, core.kernel, userId, route)));

  app.on('second-instance', (_event, argv) => {
    const user = argv.find((arg) => arg.startsWith('--user='))?.slice('--user='.length);
    if (user) windows.open(user);
    else windows.reveal();
  });
  app.on('activate', () => windows.reveal());
  app.on('window-all-closed', () => {
    // macOS apps stay in the dock; elsewhere the tray keeps Switchboard running, unless there is no tray to come back from.
    if (process.platform !== 'darwin' && !tray) app.quit();
  });
  app.once('will-quit', () => {
    try {
      shell.dispose();
    } finally {
      core.dispose();
    }
  });

  const requested = app.commandLine.getSwitchValue('user');
  windows.open(app.commandLine.hasSwitch('user') ? requested || undefined : users[0]?.id);
}

function fail(error: unknown) {
  console.error('switchboard: could not start', error);
  dialog.showErrorBox('Switchboard could not start', error instanceof Error ? error.message : String(error));
  app.exit(1);
}
