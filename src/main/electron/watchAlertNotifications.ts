/**
 * Native notifications for alerts created for a user with a window open, while none of that user's windows has
 * focus; clicking one brings that user's window forward on the alert's link. What to show is `alertNotice`'s call.
 */
import { BrowserWindow, Notification } from 'electron';
import { userNotificationsTopic } from '../../shared/contract';
import type { App } from '../app/createApp';
import { toDisposable, type Disposable } from '../kernel/disposable';
import { alertNotice, type AlertNotice } from './alertNotice';
import { followWindowUsers, windowSessions } from './followWindowOrgs';

export function watchAlertNotifications(kernel: Pick<App['kernel'], 'bus' | 'sync'>, reveal: (userId: string, route: string) => void): Disposable {
  // Held until clicked or closed: a Notification nobody references may be collected, and its click lost with it.
  const shown = new Set<Notification>();

  function show(notice: AlertNotice) {
    if (!Notification.isSupported()) return;
    const notification = new Notification({ title: notice.title, body: notice.body });
    shown.add(notification);
    const forget = () => shown.delete(notification);
    notification.on('click', () => {
      forget();
      reveal(notice.userId, notice.route);
    });
    notification.on('close', forget);
    notification.on('failed', forget);
    notification.show();
  }

  const followed = followWindowUsers(kernel, ({ userId }) =>
    kernel.bus.subscribe(userNotificationsTopic.build({ user: userId }), (event) => {
      const focused = BrowserWindow.getFocusedWindow();
      const focusedUserId = focused ? windowSessions(kernel).get(focused.webContents.id)?.userId : undefined;
      const notice = alertNotice(userId, event, focusedUserId);
      if (notice) show(notice);
    }),
  );
  return toDisposable(() => {
    followed.dispose();
    shown.forEach((n) => n.close());
    shown.clear();
  });
}
