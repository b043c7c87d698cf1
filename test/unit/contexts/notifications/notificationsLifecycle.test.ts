/**
 * The notifications context over time and at its edges: expiry that keeps going after the first one, catches up on
 * what fell due while the host was down, is written as the notifications subsystem and stops with the context; a
 * flash sent with `notifications.send` carrying its body and link; marking all read with nothing unread writing
 * nothing; and a user's notifications topic followed by that user only.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Inbox } from '../../../../src/shared/contract';
import { userActor } from '../../../../src/main/kernel/actor';
import { createTestCore, type TestCore } from '../../../support/createTestCore';
import { openFileCore } from '../../../support/openFileCore';
import { waitFor } from '../../../support/waitFor';

const disposers: (() => void)[] = [];
afterEach(() => disposers.splice(0).reverse().forEach((dispose) => dispose()));

const system = { kind: 'system', id: 'test' } as const;
const inFuture = (ms: number) => new Date(Date.now() + ms).toISOString();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function core(): TestCore {
  const made = createTestCore();
  disposers.push(made.dispose);
  return made;
}
const inbox = (c: TestCore, user: string) => c.load<Inbox>('notifications.inbox', {}, c.user(user)).items.map((n) => n.title);
const expiries = (c: TestCore) => c.kernel.log.readSince(['user:bob:notifications'], 0).filter((e) => e.type === 'notification_expired');

describe('notifications over time', () => {
  it('expires each notification at its own time, the later ones after the first, as the notifications subsystem', async () => {
    const c = core();
    c.notifications.notify(system, { userId: 'bob', type: 'activity', title: 'soon', expiresAt: inFuture(40) });
    c.notifications.notify(system, { userId: 'bob', type: 'activity', title: 'later', expiresAt: inFuture(150) });
    c.notifications.notify(system, { userId: 'bob', type: 'activity', title: 'kept' });
    await waitFor(() => expiries(c).length === 2, 'both notifications to expire');
    expect(inbox(c, 'bob')).toEqual(['kept']);
    expect(expiries(c).map((e) => e.actor)).toEqual([
      { kind: 'system', id: 'notifications' },
      { kind: 'system', id: 'notifications' },
    ]);
  });

  it('expires at start what fell due while the host was down', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'switchboard-expiry-'));
    disposers.push(() => rmSync(dir, { recursive: true, force: true }));
    const open = () => openFileCore(dir);
    const first = open();
    first.notifications.notify(system, { userId: 'bob', type: 'activity', title: 'stale', expiresAt: inFuture(30) });
    first.dispose();
    await sleep(60);

    const second = open();
    disposers.push(second.dispose);
    const bob = userActor(second.accounts.resolveUser('bob'));
    expect((second.kernel.registry.load('notifications.inbox', {}, bob).data as Inbox).items).toEqual([]);
  });

  it('stops expiring once disposed: nothing runs on a closed database', async () => {
    const c = createTestCore();
    c.notifications.notify(system, { userId: 'bob', type: 'activity', title: 'soon', expiresAt: inFuture(30) });
    c.dispose();
    const uncaught: unknown[] = [];
    const onError = (error: unknown) => void uncaught.push(error);
    process.on('uncaughtException', onError);
    disposers.push(() => void process.off('uncaughtException', onError));
    await sleep(80);
    expect(uncaught).toEqual([]);
  });
});

describe('notifications at the edges', () => {
  it('flashes a toast sent with notifications.send, with its body and link, storing nothing', async () => {
    const c = core();
    const pushes: unknown[] = [];
    c.kernel.bus.onPush('user:bob:notifications', (p) => void pushes.push(p.payload));
    await expect(c.run('notifications.send', { user: 'bob', type: 'toast', title: 'Deployed', body: 'v2 is live', link: '#/builds' }, c.user('bob'))).resolves.toEqual({ pushed: true });
    expect(pushes).toEqual([{ notification: expect.objectContaining({ type: 'toast', title: 'Deployed', body: 'v2 is live', link: '#/builds' }) }]);
    expect(inbox(c, 'bob')).toEqual([]);
  });

  it('marks all read with nothing unread without writing anything', async () => {
    const c = core();
    const head = c.kernel.log.head();
    await expect(c.run('notifications.markAllRead', {}, c.user('bob'))).resolves.toEqual({ ids: [], unreadCount: 0 });
    expect(c.kernel.log.head()).toBe(head);
  });

  it('lets only the user follow their notifications topic: not a colleague, not the organization’s API', () => {
    const c = core();
    expect(c.kernel.registry.authorize(c.user('bob'), 'user:bob:notifications')).toBe('user:bob:notifications');
    expect(() => c.kernel.registry.authorize(c.user('alice'), 'user:bob:notifications')).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
    expect(() => c.kernel.registry.authorize(c.acme, 'user:bob:notifications')).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
  });
});
