/**
 * The window commands shared by the app menu and the tray menu: open a window as any user, open one on the
 * sign-in screen, quit. Item ids (`new-window-as:<userId>`) let tests click them from the main process.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { UserSummary } from '../../shared/contract';
import type { Windows } from './createWindows';

export function windowMenuItems(
  users: readonly UserSummary[],
  windows: Pick<Windows, 'open'>,
  options: { quit?: boolean } = {},
): MenuItemConstructorOptions[] {
  const asUser: MenuItemConstructorOptions[] = users.length
    ? users.map((user) => ({ id: `new-window-as:${user.id}`, label: `${user.name} (${user.orgId})`, click: () => windows.open(user.id) }))
    : [{ label: 'No users yet', enabled: false }];
  return [
    { id: 'new-window-as', label: 'New window as…', submenu: asUser },
    { id: 'new-window-sign-in', label: 'New window (sign in)…', accelerator: 'CmdOrCtrl+N', click: () => windows.open() },
    ...(options.quit === false ? [] : [{ type: 'separator' as const }, { id: 'quit', role: 'quit' as const, label: 'Quit Switchboard' }]),
  ];
}
