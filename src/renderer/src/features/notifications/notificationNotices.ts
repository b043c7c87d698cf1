/**
 * The window's notification side effects, for its whole life: it keeps the inbox attached (so the user's topic is
 * followed and its pushes arrive), shows pushed toasts, transient notifications and flashes as toasts, raises a
 * desktop notification for an alert that lands while the window is hidden, and sends the queued marks whenever the
 * connection turns Live. Holds the desktop-notification setting for the inbox's toggle.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { userNotificationsTopic, type PushedNotification } from '../../../../shared/contract';
import { defineStore } from '../../stores/defineStore';
import type { SyncClient } from '../../sync/createSyncClient';
import { connectionStore, type ConnectionState } from '../connection';
import { toastsStore, type ToastsStore } from '../toasts';
import { createDesktopNotifier, type DesktopNotifier, type DesktopState } from './desktopNotifications';
import { inboxStore } from './inboxStore';
import { windowStorage } from './markQueue';

export interface NoticesState {
  readonly desktop: DesktopState;
  /** Call from a click: the browser may ask for permission. */
  setDesktop(on: boolean): Promise<void>;
}

export interface NoticesStore extends StoreApi<NoticesState> {
  dispose(): void;
}

type Inbox = ReturnType<typeof inboxStore.create>;

/** @internal Exported for tests, which pass their own desktop notifier and visibility. */
export function createNotificationNotices(
  client: Pick<SyncClient, 'onPush'>,
  deps: { inbox: Inbox; toasts: ToastsStore; connection: StoreApi<ConnectionState>; desktop: DesktopNotifier; isHidden(): boolean },
): NoticesStore {
  const { inbox, toasts, connection, desktop } = deps;
  const store = createStore<NoticesState>()((set) => ({
    desktop: desktop.state(),
    async setDesktop(on) {
      set({ desktop: await desktop.setEnabled(on) });
    },
  }));

  const toast = (n: PushedNotification) =>
    toasts.getState().push({
      kind: n.level === 'error' ? 'error' : 'info',
      message: n.body ? `${n.title} — ${n.body}` : n.title,
      link: n.link ? { href: n.link, label: 'Open' } : undefined,
    });

  // Alerts newer than any this window has seen are news; the first list only sets what is known.
  let newest: number | undefined;
  const observe = () => {
    const items = inbox.getState().data?.items;
    if (!items) return;
    const before = newest;
    newest = Math.max(newest ?? 0, ...items.map((n) => n.id));
    if (before === undefined || !deps.isHidden()) return;
    for (const n of items) {
      if (n.id <= before || n.type !== 'alert' || n.readAt !== null) continue;
      desktop.show(n, () => {
        inbox.getState().markRead(n.id);
        if (n.link) location.hash = n.link;
      });
    }
  };

  const session = connection.getState().session;
  const stops = [
    inbox.subscribe(observe),
    session ? client.onPush(userNotificationsTopic.build({ user: session.userId }), (e) => e.type === 'notification_pushed' && void toast(e.payload.notification)) : () => {},
    connection.subscribe((s, prev) => {
      if (s.status === 'live' && prev.status !== 'live') void inbox.getState().flushMarks();
    }),
  ];
  observe();
  if (connection.getState().status === 'live') void inbox.getState().flushMarks();
  return { ...store, dispose: () => stops.forEach((stop) => stop()) };
}

export const notificationNoticesStore = defineStore({
  name: 'notifications.notices',
  create: ({ client, stores }) => {
    const connection = stores.get(connectionStore);
    const userId = connection.getState().session?.userId ?? '-';
    return createNotificationNotices(client, {
      inbox: stores.get(inboxStore),
      toasts: stores.get(toastsStore),
      connection,
      desktop: createDesktopNotifier(windowStorage(), `switchboard:notifications:desktop:${userId}`),
      isHidden: () => typeof document !== 'undefined' && document.visibilityState === 'hidden',
    });
  },
});
