/**
 * What the tray shows for the unread notifications of the users who have a window open: the total (`99+` above 99,
 * nothing at 0) and a tooltip with each user's count. Pure; `createBadgeRenderer` puts it on screen per platform.
 */

/** One signed-in user's unread count, as the shell follows it. */
export interface UserUnread {
  readonly userId: string;
  readonly unread: number;
}

export interface TrayBadge {
  /** The total unread of every user with a window open. */
  readonly count: number;
  /** The badge's text: '' at 0, `99+` above 99. */
  readonly text: string;
  /** `Switchboard — bob: 3, alice: 0`, or `Switchboard` with no user signed in. */
  readonly tooltip: string;
}

export const badgeText = (count: number): string => (count <= 0 ? '' : count > 99 ? '99+' : String(count));

export function trayBadge(users: readonly UserUnread[]): TrayBadge {
  const count = users.reduce((sum, user) => sum + Math.max(0, user.unread), 0);
  const tooltip = users.length === 0 ? 'Switchboard' : `Switchboard — ${users.map((u) => `${u.userId}: ${Math.max(0, u.unread)}`).join(', ')}`;
  return { count, text: badgeText(count), tooltip };
}
