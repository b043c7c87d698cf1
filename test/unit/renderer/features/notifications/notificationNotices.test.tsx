// @vitest-environment happy-dom
/**
 * Desktop notifications and the window title: an alert that lands while the window is hidden raises one (clicking
 * it marks it read and opens its link), never for what the first list held, a visible window, other types or when
 * they are off; the title carries `(N) ` (`99+` above 99) whoever wrote it, and loses it at zero.
 */
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Notification } from '../../../../../src/shared/contract';
import { connectionStore } from '../../../../../src/renderer/src/features/connection/connectionStore';
import type { DesktopNotifier } from '../../../../../src/renderer/src/features/notifications/desktopNotifications';
import { inboxStore } from '../../../../../src/renderer/src/features/notifications/inboxStore';
import { createNotificationNotices } from '../../../../../src/renderer/src/features/notifications/notificationNotices';
import { useUnreadTitle } from '../../../../../src/renderer/src/features/notifications/useUnreadTitle';
import { toastsStore } from '../../../../../src/renderer/src/features/toasts/toastsStore';
import { buildStores, type Stores } from '../../../../../src/renderer/src/stores/buildStores';
import { createFakeClient, type FakeClient } from '../../support/createFakeClient';
import { renderWithStores } from '../renderWithStores';
import { note, topic } from './notificationFixtures';

const created = (seq: number, n: Notification, unreadCount: number) => ({ seq, topic, type: 'notification_created', payload: { notification: n, unreadCount } });

describe('notification notices', () => {
  let fake: FakeClient;
  let stores: Stores;
  let hidden = true;
  const shown: [Notification, () => void][] = [];
  const desktop: DesktopNotifier = { state: () => 'on', setEnabled: async () => 'on', show: (n, onClick) => void shown.push([n, onClick]) };

  beforeEach(() => {
    localStorage.clear();
    shown.length = 0;
    hidden = true;
    fake = createFakeClient();
    stores = buildStores(fake.client, [toastsStore, connectionStore, inboxStore], { graceMs: 0 });
  });
  afterEach(() => {
    stores.dispose();
    expect(fake.openSubscriptions()).toBe(0);
  });

  it('raises a desktop notification for an alert landing while hidden; clicking it reads it and opens its link', () => {
    const notices = createNotificationNotices(fake.client, {
      inbox: stores.get(inboxStore),
      toasts: stores.get(toastsStore),
      connection: stores.get(connectionStore),
      desktop,
      isHidden: () => hidden,
    });
    fake.replicas[0]!.loaded(5, { items: [note(1)], unreadCount: 1 });
    expect(shown).toEqual([]); // the first list is not news

    fake.replicas[0]!.receive([created(6, note(2, { link: '#/runs/9' }), 2) as never]);
    fake.replicas[0]!.receive([created(7, note(3, { type: 'activity' }), 3) as never]);
    hidden = false;
    fake.replicas[0]!.receive([created(8, note(4), 4) as never]);
    expect(shown.map(([n]) => n.id)).toEqual([2]);

    shown[0]![1]();
    expect(location.hash).toBe('#/runs/9');
    expect(fake.commands.map((c) => [c.name, c.input])).toEqual([['notifications.markRead', { id: 2 }]]);
    notices.dispose();
  });
});

function Title() {
  useUnreadTitle();
  return null;
}

describe('useUnreadTitle', () => {
  it('prefixes every title written while mounted with the unread count, 99+ above 99, and none at zero', () => {
    localStorage.clear();
    const fake = createFakeClient();
    const stores = buildStores(fake.client, [toastsStore, connectionStore, inboxStore], { graceMs: 0 });
    document.title = 'Agents — Switchboard — Bob';
    const view = renderWithStores(stores, <Title />);
    act(() => fake.replicas[0]!.loaded(5, { items: [note(1), note(2)], unreadCount: 2 }));
    expect(document.title).toBe('(2) Agents — Switchboard — Bob');

    return (async () => {
      document.title = 'build #3 · Running — Switchboard — Bob'; // a page names itself
      await act(async () => {});
      expect(document.title).toBe('(2) build #3 · Running — Switchboard — Bob');

      act(() => fake.replicas[0]!.receive([created(6, note(3), 120) as never]));
      expect(document.title).toBe('(99+) build #3 · Running — Switchboard — Bob');
      act(() => stores.get(inboxStore).getState().markAllRead());
      expect(document.title).toBe('build #3 · Running — Switchboard — Bob');
      view.unmount();
      stores.dispose();
    })();
  });
});
