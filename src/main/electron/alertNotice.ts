/**
 * Whether a notification event becomes a native notification, and what it says and opens: only an alert created
 * for a user, only while none of that user's windows has focus (a focused window shows it itself). Pure; the
 * notifications context decides what is worth telling, this only decides how the desktop shows it.
 */
import type { UserNotificationsEvent } from '../../shared/contract';

/** A native notification to show: its text, and the route its click opens in the user's window. */
export interface AlertNotice {
  readonly userId: string;
  readonly title: string;
  readonly body: string;
  readonly route: string;
}

/** Where a click lands without a link of its own. */
export const INBOX_ROUTE = '#/inbox';
const appRoute = /^#\/[A-Za-z0-9/_.~%-]*$/;

/** The in-app route of a notification's link; anything that is not one opens the inbox. */
export function routeOf(link: string | null | undefined): string {
  return link && appRoute.test(link) ? link : INBOX_ROUTE;
}

/**
 * The native notification for `event` on `userId`'s topic, or null. `focusedUserId` is the user of the focused
 * Switchboard window, if any window has focus.
 */
export function alertNotice(userId: string, event: UserNotificationsEvent, focusedUserId: string | undefined): AlertNotice | null {
  if (event.type !== 'notification_created') return null;
  const { notification } = event.payload;
  if (notification.type !== 'alert' || notification.userId !== userId) return null;
  if (focusedUserId === userId) return null;
  return { userId, title: notification.title, body: notification.body ?? '', route: routeOf(notification.link) };
}

/**
 * True when a failed build's own notice would repeat an alert: the notifications context alerts whoever scheduled it
 * (`user:<id>`), and while that user has a window open the alert is already shown on this desktop.
 */
export function isToldAsAlert(scheduledBy: string, usersWithWindows: ReadonlySet<string>): boolean {
  return scheduledBy.startsWith('user:') && usersWithWindows.has(scheduledBy.slice('user:'.length));
}
