/**
 * The notifications context's own rules on a real core: flashes to one user, a list or an organization (never
 * stored), `notify`'s dedupe and unknown users, expiry grouped by user, and the words of its refusals.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Inbox } from '../../../../src/shared/contract';
import { createTestCore, type TestCore } from '../../../support/createTestCore';
import { waitFor } from '../../../support/waitFor';

let core: TestCore;
afterEach(() => core?.dispose());

const system = { kind: 'system', id: 'test' } as const;
const inbox = (user: string) => core.load<Inbox>('notifications.inbox', {}, core.user(user));

describe('notifications context', () => {
  it('flashes to a user, a list of users or every user of an organization, with the defaults filled in', () => {
    core = createTestCore();
    const pushes: [string, unknown][] = [];
    for (const user of ['alice', 'bob', 'carol']) core.kernel.bus.onPush(`user:${user}:notifications`, (p) => void pushes.push([user, p.payload]));
    core.notifications.flash({ orgId: 'acme' }, { title: 'Deploy frozen' });
    expect(pushes.map(([user]) => user)).toEqual(['alice', 'bob']);
    expect(pushes[0]![1]).toEqual({ notification: { type: 'toast', title: 'Deploy frozen', body: null, link: null, level: 'info', at: expect.any(String) } });
    pushes.splice(0);
    core.notifications.flash({ userIds: ['bob', 'carol'] }, { title: 'Sent', body: 'to 2', link: '#/campaigns', level: 'success' });
    expect(pushes).toEqual([
      ['bob', { notification: expect.objectContaining({ title: 'Sent', body: 'to 2', link: '#/campaigns', level: 'success' }) }],
      ['carol', expect.anything()],
    ]);
    pushes.splice(0);
    core.notifications.flash({ userId: 'alice' }, { title: 'Hi' });
    expect(pushes.map(([user]) => user)).toEqual(['alice']);
    expect(inbox('alice').items).toEqual([]);
  });

  it('notifies a known user once per dedupe key, naming who told, and nobody it does not know', () => {
    core = createTestCore();
    const first = core.notifications.notify(system, { userId: 'bob', type: 'alert', title: 'Build failed', dedupeKey: 'run:1' });
    expect(first).toMatchObject({ userId: 'bob', type: 'alert', title: 'Build failed', body: null, link: null });
    expect(core.notifications.notify(system, { userId: 'bob', type: 'alert', title: 'Build failed', dedupeKey: 'run:1' })).toBeUndefined();
    expect(core.notifications.notify(system, { userId: 'alice', type: 'alert', title: 'Build failed', dedupeKey: 'run:1' })).toBeDefined();
    expect(core.notifications.notify(system, { userId: 'nobody', type: 'alert', title: 'x' })).toBeUndefined();
    expect(inbox('bob').items.map((n) => n.id)).toEqual([first!.id]);
  });

  it('expires what is due in one write, one event per user with that user’s ids and unread count', async () => {
    core = createTestCore();
    const past = new Date(Date.now() - 1000).toISOString();
    const later = new Date(Date.now() + 3_600_000).toISOString();
    const kept = core.notifications.notify(system, { userId: 'bob', type: 'activity', title: 'kept', expiresAt: later })!;
    const ids = ['bob', 'bob', 'alice'].map((userId, i) => core.notifications.notify(system, { userId, type: 'activity', title: `old ${i}`, expiresAt: past })!.id);
    const expired = () => core.kernel.log.readSince(['user:bob:notifications', 'user:alice:notifications'], 0).filter((e) => e.type === 'notification_expired');
    await waitFor(() => expired().length === 2, 'the due notifications to expire');
    expect(expired().map((e) => [e.topic, e.payload])).toEqual([
      ['user:bob:notifications', { ids: [ids[0], ids[1]], unreadCount: 1 }],
      ['user:alice:notifications', { ids: [ids[2]], unreadCount: 0 }],
    ]);
    expect(new Set(expired().map((e) => e.seq)).size).toBe(2);
    expect(inbox('bob').items.map((n) => n.id)).toEqual([kept.id]);
  });

  it('refuses in words: another user’s notification, a user of another organization, a window acting for someone else', async () => {
    core = createTestCore();
    const forAlice = core.notifications.notify(system, { userId: 'alice', type: 'activity', title: 'hers' })!;
    await expect(core.run('notifications.markRead', { id: forAlice.id }, core.user('bob'))).rejects.toThrow(`No notification ${forAlice.id} for bob`);
    await expect(core.run('notifications.send', { user: 'carol', type: 'activity', title: 'x' }, core.acme)).rejects.toThrow('No user carol in this organization');
    await expect(core.run('notifications.markAllRead', { user: 'alice' }, core.user('bob'))).rejects.toThrow('No user alice in this organization');
    await expect(core.run('notifications.markAllRead', {}, core.acme)).rejects.toThrow('No user (none named) in this organization');
  });

  it('answers a mark of an expired notification with its creation time, writing nothing', async () => {
    core = createTestCore();
    const n = core.notifications.notify(system, { userId: 'bob', type: 'activity', title: 'gone', expiresAt: new Date(Date.now() - 1).toISOString() })!;
    await waitFor(() => inbox('bob').items.length === 0, 'it to expire');
    const head = core.kernel.log.head();
    await expect(core.run<{ readAt: string }>('notifications.markRead', { id: n.id }, core.user('bob'))).resolves.toEqual({ id: n.id, readAt: n.createdAt, unreadCount: 0 });
    expect(core.kernel.log.head()).toBe(head);
  });
});
