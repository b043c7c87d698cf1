/**
 * The application menu: the window commands under File, plus the standard Edit, View and Window menus.
 * On macOS the app menu comes first and already holds Quit.
 */
import { Menu, type MenuItemConstructorOptions } from 'electron';

export function installAppMenu(fileItems: MenuItemConstructorOptions[]): void {
  const mac = process.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
    ...(mac ? [{ role: 'appMenu' as const }] : []),
    { label: 'File', submenu: fileItems },
    { role: 'editMenu' },
    { role: 'viewMenu' },
    { role: 'windowMenu' },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
