// @vitest-environment happy-dom
/**
 * The inbox store and the window's notification notices over a fake client: marks show at once and clear when the
 * server's change lands; a refused mark rolls back with an error toast; marks made while not Live wait in the
 * durable queue and are sent once when Live returns (a mark-all as `upToId`), even from a reloaded window; pushes
 * become toasts; everything is let go of when the window closes.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DisposedError, NotFoundError } from '../../../../../src/shared/contract';
import { connectionStore } from '../../../../../src/renderer/src/features/connection/connectionStore';
import { inboxStore } from '../../../../../src/renderer/src/features/notifications/inboxStore';
import { unreadCountOf } from '../../../../../src/renderer/src/features/notifications/inboxMarks';
import { notificationNoticesStore } from '../../../../../src/renderer/src/features/notifications/notificationNotices';
import { toastsStore } from '../../../../../src/renderer/src/features/toasts/toastsStore';
import { buildStores, type Stores } from '../../../../../src/renderer/src/stores/buildStores';
import { createFakeClient, type FakeClient } from '../../support/createFakeClient';
import { note, topic } from './notificationFixtures';

const flush = () => new Promise<void>((resolve) => setTimeout(resolve, 5));
const defs = [toastsStore, connectionStore, inboxStore, notificationNoticesStore];
const readAt = '2026-01-02T00:00:00.000Z';

describe('inboxStore and notification notices', () => {
  let fake: FakeClient;
  let stores: Stores;
  const inbox = () => stores.get(inboxStore);
  const unread = () => unreadCountOf(inbox().getState().data, inbox().getState().marks);
  const toasts = () => stores.get(toastsStore).getState().toasts;

  function open(status: 'live' | 'offline' = 'live') {
    fake.setState({ status });
    stores = buildStores(fake.client, defs, { graceMs: 0, settleMs: 20 });
    fake.replicas.at(-1)!.loaded(10, { items: [note(3), note(2), note(1, { type: 'system' })], unreadCount: 2 });
  }
  const close = () => {
    stores.dispose();
    expect(fake.openSubscriptions()).toBe(0);
  };

  beforeEach(() => {
    localStorage.clear();
    fake = createFakeClient();
  });
  afterEach(() => close());

  it('keeps the inbox attached for the window’s life and shows a mark at once, until the server’s change lands', async () => {
    open();
    expect(fake.watchCount).toBe(1);
    inbox().getState().markRead(3);
    expect(unread()).toBe(1);
    expect(fake.commands.map((c) => [c.name, c.input])).toEqual([['notifications.markRead', { id: 3 }]]);
    inbox().getState().markRead(3); // already marked: nothing more is sent
    expect(fake.commands).toHaveLength(1);

    fake.replicas[0]!.receive([{ seq: 11, topic, type: 'notification_read', payload: { id: 3, readAt, unreadCount: 1 } }]);
    fake.commands[0]!.resolve({ id: 3, readAt, unreadCount: 1 }, 11);
    fake.reachSeq(11);
    await flush();
    expect(inbox().getState().marks).toEqual([]);
    expect(unread()).toBe(1);
    expect(toasts()).toEqual([]);
  });

  it('rolls a refused mark back, visibly, with an error toast', async () => {
    open();
    inbox().getState().markRead(2);
    expect(unread()).toBe(1);
    fake.commands[0]!.reject(new NotFoundError('No notification 2 for bob'));
    await flush();
    expect(unread()).toBe(2);
    expect(inbox().getState().marks).toEqual([]);
    expect(inbox().getState().rolledBack[2]).toBeGreaterThan(0);
    expect(toasts()).toMatchObject([{ kind: 'error', sticky: true, message: expect.stringContaining('Marking “Notification 2” read failed') }]);
  });

  it('queues marks made offline (surviving a reload) and sends each once when Live returns', async () => {
    open('offline');
    inbox().getState().markRead(2);
    inbox().getState().markAllRead();
    expect(unread()).toBe(0);
    expect(fake.commands).toEqual([]);

    // The window reloads while still offline: the marks are still there and still shown.
    close();
    fake = createFakeClient({ status: 'offline' });
    open('offline');
    expect(inbox().getState().marks).toEqual([
      { kind: 'read', id: 2 },
      { kind: 'all', upToId: 3 },
    ]);
    expect(unread()).toBe(0);

    fake.setState({ status: 'live' });
    await flush();
    expect(fake.commands.map((c) => [c.name, c.input])).toEqual([['notifications.markRead', { id: 2 }]]);
    fake.setState({ status: 'reconnecting' });
    fake.setState({ status: 'live' }); // a second reconnect while the first replay runs sends nothing twice
    fake.commands[0]!.resolve({ id: 2, readAt, unreadCount: 1 }, 11);
    fake.reachSeq(11);
    await flush();
    expect(fake.commands.map((c) => [c.name, c.input])).toEqual([['notifications.markAllRead', { upToId: 3 }]]);
    fake.commands[0]!.resolve({ ids: [3], unreadCount: 0 }, 12);
    fake.reachSeq(12);
    await flush();
    expect(fake.commands).toEqual([]);
    expect(inbox().getState().marks).toEqual([]);
  });

  it('keeps a mark whose write the connection dropped, and sends it on the next Live', async () => {
    open();
    inbox().getState().markRead(3);
    fake.setState({ status: 'reconnecting' });
    fake.commands[0]!.reject(new DisposedError('Connection lost'));
    await flush();
    expect(inbox().getState().marks).toEqual([{ kind: 'read', id: 3 }]);
    expect(toasts()).toEqual([]);
    fake.setState({ status: 'live' });
    await flush();
    expect(fake.commands.map((c) => c.input)).toEqual([{ id: 3 }]);
    fake.commands[0]!.resolve({ id: 3, readAt, unreadCount: 1 }, 11);
    fake.reachSeq(11);
    await flush();
    expect(inbox().getState().marks).toEqual([]);
  });

  it('shows pushed toasts and flashes as toasts (errors sticky) with their link', () => {
    open();
    const pushed = (level: 'info' | 'success' | 'error', link: string | null) => ({
      type: 'notification_pushed',
      payload: { notification: { type: 'toast', title: `A ${level}`, body: level === 'error' ? 'Check the run' : null, link, level, at: readAt } },
    });
    fake.push(topic, pushed('success', '#/runs/4'));
    fake.push(topic, pushed('error', null));
    fake.push('user:alice:notifications', pushed('info', null));
    expect(toasts()).toMatchObject([
      { kind: 'info', message: 'A success', link: { href: '#/runs/4', label: 'Open' }, sticky: false },
      { kind: 'error', message: 'A error — Check the run', sticky: true },
    ]);
  });
});
