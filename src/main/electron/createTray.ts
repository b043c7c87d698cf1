/**
 * The tray icon that keeps Switchboard reachable with every window closed. Returns undefined where the desktop
 * offers no tray (some Linux sessions), so the entry can quit with the last window instead.
 */
import { Menu, nativeImage, Tray, type MenuItemConstructorOptions } from 'electron';
import { createLogger } from '../kernel/logger';

const logger = createLogger('switchboard:electron:tray');

export function createTray(iconPath: string, items: MenuItemConstructorOptions[], onClick: () => void): Tray | undefined {
  const icon = nativeImage.createFromPath(iconPath);
  if (icon.isEmpty()) {
    logger.warn(`no tray icon at ${iconPath}; closing the last window will quit`);
    return undefined;
  }
  try {
    const tray = new Tray(icon);
    tray.setToolTip('Switchboard');
    tray.setContextMenu(Menu.buildFromTemplate(items));
    tray.on('click', onClick);
    return tray;
  } catch (error) {
    logger.warn('this desktop has no tray; closing the last window will quit', error);
    return undefined;
  }
}
