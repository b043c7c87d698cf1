/**
 * The shell's security rules for every webContents, present and future: no navigation off the app origin, no new
 * windows (http(s) links go to the OS browser instead), no <webview>, and no permission ever granted.
 * Call once after the app is ready, before the first window opens.
 */
import { app, session, shell } from 'electron';
import { createLogger } from '../kernel/logger';
import type { AppOrigin } from './appOrigin';

const logger = createLogger('switchboard:electron:security');

export function enforceSecurity(origin: AppOrigin): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event) => {
      if (origin.isAppUrl(event.url)) return;
      event.preventDefault();
      logger.warn(`blocked navigation to ${event.url}`);
    });
    contents.setWindowOpenHandler(({ url }) => {
      if (isWebUrl(url)) {
        shell.openExternal(url).catch((error: unknown) => logger.warn(`could not open ${url} in the browser`, error));
      } else {
        logger.warn(`refused to open a window for ${url}`);
      }
      return { action: 'deny' };
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });

  // Switchboard needs no camera, notifications-from-pages, clipboard or other web permission.
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
}

function isWebUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}
