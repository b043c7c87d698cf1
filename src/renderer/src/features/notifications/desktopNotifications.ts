/**
 * Web Notifications for alerts that land while the window is hidden, in the headless host's browser windows only
 * (the Electron shell shows native ones itself). Off until the user turns them on from a click, which is when the
 * browser may ask for permission; the choice is kept per user in localStorage.
 */
import type { Notification as StoredNotification } from '../../../../shared/contract';
import { isElectron } from '../../sync/detectChannel';

/** Why desktop notifications are or are not shown: `electron` (the shell does it), no API, refused, on, off. */
export type DesktopState = 'electron' | 'unsupported' | 'denied' | 'on' | 'off';

export interface DesktopNotifier {
  state(): DesktopState;
  /** Turns them on (asking for permission if the browser has not yet: call from a user gesture) or off. */
  setEnabled(on: boolean): Promise<DesktopState>;
  /** Shows `n` if they are on; `onClick` runs when the user clicks it. */
  show(n: StoredNotification, onClick: () => void): void;
}

const api = (): typeof Notification | undefined => (typeof Notification === 'undefined' ? undefined : Notification);

export function createDesktopNotifier(storage: Pick<Storage, 'getItem' | 'setItem'>, key: string): DesktopNotifier {
  const state = (): DesktopState => {
    if (isElectron()) return 'electron';
    const N = api();
    if (!N) return 'unsupported';
    if (N.permission === 'denied') return 'denied';
    return N.permission === 'granted' && storage.getItem(key) === 'on' ? 'on' : 'off';
  };
  return {
    state,
    async setEnabled(on) {
      const N = api();
      if (on && N && !isElectron() && N.permission === 'default') await N.requestPermission();
      storage.setItem(key, on ? 'on' : 'off');
      return state();
    },
    show(n, onClick) {
      const N = api();
      if (state() !== 'on' || !N) return;
      const shown = new N(n.title, { body: n.body ?? '', tag: `switchboard-notification-${n.id}` });
      shown.onclick = () => {
        window.focus();
        onClick();
        shown.close();
      };
    },
  };
}
