/**
 * Brings a user's window forward on an in-app route (a native notification's click): the window `pickWindow`
 * chooses, or a new one signed in as the user when none is open.
 */
import type { App } from '../app/createApp';
import { createLogger } from '../kernel/logger';
import type { Windows } from './createWindows';
import { windowSessions } from './followWindowOrgs';
import { pickWindow } from './pickWindow';

const logger = createLogger('switchboard:electron:windows');

/** `route` must be an in-app route (`routeOf` makes sure): it is written into the page's location as a string. */
export function revealUserWindow(windows: Pick<Windows, 'all' | 'open' | 'focusedAt'>, kernel: Pick<App['kernel'], 'sync'>, userId: string, route: string): void {
  const sessions = windowSessions(kernel);
  const open = windows.all().filter((w) => !w.isDestroyed());
  const id = pickWindow(
    open.map((w) => ({ id: w.webContents.id, userId: sessions.get(w.webContents.id)?.userId, focusedAt: windows.focusedAt(w) })),
    userId,
  );
  const window = open.find((w) => w.webContents.id === id);
  if (!window) {
    windows.open(userId, route);
    return;
  }
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
  // A hash change is an in-page navigation: the router follows it, nothing reloads and the replicas stay live.
  window.webContents.executeJavaScript(`location.hash = ${JSON.stringify(route)}`).catch((error: unknown) => logger.warn(`could not open ${route}`, error));
}
