/**
 * The inbox replica's reducer: the newest notifications and the unread count. Every stored change carries the
 * user's authoritative unread count, and the reducer takes it as is, so every window of the user lands on the same
 * number whatever it missed or saw twice. Pure; pushes (`notification_pushed`) never come as deltas.
 */
import { INBOX_SIZE, type Inbox, type Notification } from '../../../../shared/contract';
import type { ViewReducer } from '../../sync/createSyncClient';

const byNewest = (a: Notification, b: Notification) => b.id - a.id;

export const inboxReducer: ViewReducer<'notifications.inbox', Inbox> = {
  init: (inbox) => inbox,
  reduce(state, event) {
    switch (event.type) {
      case 'notification_created': {
        const { notification, unreadCount } = event.payload;
        const others = state.items.filter((n) => n.id !== notification.id);
        return { items: [notification, ...others].sort(byNewest).slice(0, INBOX_SIZE), unreadCount };
      }
      case 'notification_read': {
        const { id, readAt, unreadCount } = event.payload;
        return { items: state.items.map((n) => (n.id === id && n.readAt === null ? { ...n, readAt } : n)), unreadCount };
      }
      case 'notifications_all_read': {
        const ids = new Set(event.payload.ids);
        const { readAt, unreadCount } = event.payload;
        return { items: state.items.map((n) => (ids.has(n.id) && n.readAt === null ? { ...n, readAt } : n)), unreadCount };
      }
      case 'notification_expired': {
        const ids = new Set(event.payload.ids);
        return { items: state.items.filter((n) => !ids.has(n.id)), unreadCount: event.payload.unreadCount };
      }
      case 'notification_pushed':
        return state;
    }
  },
};
