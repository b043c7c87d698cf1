/**
 * Follows the unread count of every user with a window open: pulled once when the user's first window signs in,
 * then taken from each event on `user:<id>:notifications` (every stored change carries the count), and handed to
 * `render` whenever a count or the set of users changes. Electron-free, so tests drive it with a test core.
 */
import { userNotificationsTopic } from '../../shared/contract';
import type { App } from '../app/createApp';
import { toDisposable, type Disposable } from '../kernel/disposable';
import { followWindowUsers } from './followWindowOrgs';
import type { UserUnread } from './trayBadge';

export function watchUnreadBadge(
  kernel: Pick<App['kernel'], 'bus' | 'sync'>,
  unreadCount: (userId: string) => number,
  render: (users: readonly UserUnread[]) => void,
): Disposable {
  const counts = new Map<string, number>();
  let last = '';
  let disposed = false;
  const show = () => {
    if (disposed) return;
    const users = [...counts].map(([userId, unread]) => ({ userId, unread }));
    // Windows opening and closing change no count most of the time: render only what differs.
    const key = JSON.stringify(users);
    if (key === last) return;
    last = key;
    render(users);
  };
  const followed = followWindowUsers(kernel, ({ userId }) => {
    counts.set(userId, unreadCount(userId));
    const stop = kernel.bus.subscribe(userNotificationsTopic.build({ user: userId }), ({ payload }) => {
      if (!('unreadCount' in payload)) return;
      counts.set(userId, payload.unreadCount);
      show();
    });
    show();
    return () => {
      stop();
      counts.delete(userId);
      show();
    };
  });
  show();
  return toDisposable(() => {
    // Quitting is not everyone signing out: leave the badge as it was rather than flash it to zero.
    disposed = true;
    followed.dispose();
  });
}
