/**
 * The notifications feature: the user's inbox (replica and durable, optimistic marks), the top bar's bell, the
 * Inbox view (`#/inbox`, Alt+8) with its sidebar count, the unread count in the window title, pushed toasts and
 * flashes, and desktop notifications for alerts while the window is hidden.
 */
import { definePage } from '../../app/router';
import { defineFeature } from '../../app/defineFeature';
import { inboxIcon, inboxRoute } from './inboxRoutes';
import { inboxStore } from './inboxStore';
import { InboxView } from './InboxView';
import { notificationNoticesStore } from './notificationNotices';
import { InboxCount } from './UnreadBadge';

export { inboxRoute } from './inboxRoutes';
export { inboxStore } from './inboxStore';
export { NotificationBell } from './NotificationBell';
export { useUnreadTitle } from './useUnreadTitle';

export const notificationsFeature = defineFeature({
  name: 'notifications',
  stores: [inboxStore, notificationNoticesStore],
  pages: [definePage(inboxRoute, { label: 'Inbox', View: InboxView, preload: [inboxStore], nav: { id: 'inbox', shortcut: '8', icon: inboxIcon, Count: InboxCount } })],
});
