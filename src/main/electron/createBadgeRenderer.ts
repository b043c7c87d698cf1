/**
 * Puts the unread badge on screen, the way each desktop shows one: the tray icon gets a badge drawn on it and a
 * tooltip per user everywhere; macOS also shows the total on the dock (and beside the menu-bar icon), Linux on the
 * launcher where it has one (Unity), and Windows as a taskbar overlay on each window with that window's user's count.
 */
import { app, nativeImage, type NativeImage, type Tray } from 'electron';
import type { App } from '../app/createApp';
import type { Disposable } from '../kernel/disposable';
import type { Windows } from './createWindows';
import { drawBadge } from './drawBadge';
import { windowSessions } from './followWindowOrgs';
import { badgeText, trayBadge, type UserUnread } from './trayBadge';

export interface BadgeRenderer extends Disposable {
  render(users: readonly UserUnread[]): void;
}

/** The size of a Windows taskbar overlay. */
const OVERLAY_SIZE = 16;

export function createBadgeRenderer(options: {
  tray: Tray | undefined;
  /** The tray's own icon (its path), the badge drawn over it. */
  iconPath: string;
  windows: Pick<Windows, 'all'>;
  kernel: Pick<App['kernel'], 'sync'>;
}): BadgeRenderer {
  const { tray, windows, kernel } = options;
  const icon = nativeImage.createFromPath(options.iconPath);
  const platform = process.platform;
  const images = new Map<string, NativeImage>();
  let users: readonly UserUnread[] = [];

  function badged(base: NativeImage | null, text: string): NativeImage {
    const key = `${base ? 'tray' : 'overlay'}:${text}`;
    let image = images.get(key);
    if (!image) {
      const { width, height } = base ? base.getSize() : { width: OVERLAY_SIZE, height: OVERLAY_SIZE };
      const pixels = base ? base.toBitmap() : new Uint8Array(width * height * 4);
      image = nativeImage.createFromBitmap(Buffer.from(drawBadge(pixels, width, height, text)), { width, height });
      images.set(key, image);
    }
    return image;
  }

  /** Windows only: each window's taskbar button shows its own user's count. */
  function overlays() {
    if (platform !== 'win32') return;
    const sessions = windowSessions(kernel);
    for (const window of windows.all()) {
      if (window.isDestroyed()) continue;
      const userId = sessions.get(window.webContents.id)?.userId;
      const text = badgeText(users.find((u) => u.userId === userId)?.unread ?? 0);
      window.setOverlayIcon(text ? badged(null, text) : null, text ? `${text} unread` : '');
    }
  }

  const stop = kernel.sync.onDidChangeConnections(overlays);
  return {
    render(next) {
      users = next;
      const badge = trayBadge(users);
      if (tray && !tray.isDestroyed()) {
        tray.setToolTip(badge.tooltip);
        if (platform === 'darwin') tray.setTitle(badge.text);
        else tray.setImage(badge.text ? badged(icon, badge.text) : icon);
      }
      if (platform === 'darwin') app.dock?.setBadge(badge.text);
      // The Unity launcher's count on Linux; elsewhere on Linux this does nothing and says so by returning false.
      else if (platform === 'linux') app.setBadgeCount(badge.count);
      overlays();
    },
    dispose() {
      stop();
      if (platform === 'darwin') app.dock?.setBadge('');
      else if (platform === 'linux') app.setBadgeCount(0);
    },
  };
}
