/**
 * Notifications on a real core: the seed's five types and their rules, the unread count carried by every change,
 * idempotent marks (one, and all up to an id), expiry that leaves lists and counts, a user's topic refused to
 * everyone else, and notifiers that tell the one who asked when their work fails or finishes.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Inbox, LogEvent, Notification } from '../../../src/shared/contract';
import { createTestCore, type TestCore } from '../../support/createTestCore';
import { waitFor } from '../../support/waitFor';

let core: TestCore;
afterEach(() => core?.dispose());

const actor = (user: string) => core.user(user);
const run = <T>(name: string, input: unknown, who = core.acme) => core.run<T>(name, input, who);
const inbox = (user: string) => core.kernel.registry.load('notifications.inbox', {}, actor(user)).data as Inbox;
const logged = (user: string) => core.kernel.log.readSince([`user:${user}:notifications`], 0);

describe('notifications', () => {
  it('stores activity, alert and system; pushes transient and toast without storing; counts only activity and alert', async () => {
    core = createTestCore();
    const pushes: unknown[] = [];
    core.kernel.bus.onPush('user:bob:notifications', (p) => void pushes.push(p));
    await run('notifications.send', { user: 'bob', type: 'activity', title: 'New build' });
    await run('notifications.send', { user: 'bob', type: 'alert', title: 'Build failed' });
    await run('notifications.send', { user: 'bob', type: 'system', title: 'App updated' });
    await expect(run('notifications.send', { user: 'bob', type: 'toast', title: 'Saved' })).resolves.toEqual({ pushed: true });
    await expect(run('notifications.send', { user: 'bob', type: 'transient', title: 'Alice is typing' })).resolves.toEqual({ pushed: true });

    expect(inbox('bob').items.map((n) => n.type)).toEqual(['system', 'alert', 'activity']);
    expect(inbox('bob').unreadCount).toBe(2);
    expect(inbox('alice')).toEqual({ items: [], unreadCount: 0 });
    // The system one is pulled only: nothing was published for it; the pushed ones never reached the log.
    expect(logged('bob').map((e) => (e.payload as { notification: Notification }).notification.type)).toEqual(['activity', 'alert']);
    expect(logged('bob').map((e) => (e.payload as { unreadCount: number }).unreadCount)).toEqual([1, 2]);
    expect(pushes).toEqual([
      expect.objectContaining({ topic: 'user:bob:notifications', type: 'notification_pushed', payload: { notification: expect.objectContaining({ type: 'toast', title: 'Saved' }) } }),
      expect.objectContaining({ payload: { notification: expect.objectContaining({ type: 'transient', title: 'Alice is typing' }) } }),
    ]);
  });

  it('marks one and all read idempotently, each change carrying the unread count', async () => {
    core = createTestCore();
    const ids: number[] = [];
    for (let i = 0; i < 4; i++) ids.push((await run<Notification>('notifications.send', { user: 'bob', type: 'activity', title: `n${i}` })).id);
    const bob = actor('bob');
    await expect(run('notifications.markRead', { id: ids[0] }, bob)).resolves.toMatchObject({ id: ids[0], unreadCount: 3 });
    const head = core.kernel.log.head();
    await expect(run('notifications.markRead', { id: ids[0] }, bob)).resolves.toMatchObject({ unreadCount: 3 });
    expect(core.kernel.log.head()).toBe(head); // the second mark changed nothing and published nothing
    // "Mark all" made before n3 arrived (offline, say) marks only up to what the window had seen.
    await expect(run('notifications.markAllRead', { upToId: ids[2] }, bob)).resolves.toEqual({ ids: [ids[1], ids[2]], unreadCount: 1 });
    await expect(run('notifications.markAllRead', { upToId: ids[2] }, bob)).resolves.toEqual({ ids: [], unreadCount: 1 });
    await expect(run('notifications.markAllRead', {}, bob)).resolves.toEqual({ ids: [ids[3]], unreadCount: 0 });
    expect(inbox('bob').unreadCount).toBe(0);
  });

  it('expires a notification on time: it leaves the list and the count, and every window is told', async () => {
    core = createTestCore();
    const soon = new Date(Date.now() + 150).toISOString();
    await run('notifications.send', { user: 'bob', type: 'alert', title: 'Deadline soon', expiresAt: soon });
    await run('notifications.send', { user: 'bob', type: 'activity', title: 'Stays' });
    expect(inbox('bob').unreadCount).toBe(2);
    const expired = await waitFor(() => logged('bob').find((e) => e.type === 'notification_expired'), 'the expiry event', 3000);
    expect(expired.payload).toMatchObject({ unreadCount: 1 });
    expect(inbox('bob')).toMatchObject({ unreadCount: 1, items: [expect.objectContaining({ title: 'Stays' })] });
  });

  it('keeps a user’s notifications to that user: colleagues and other organizations are refused', async () => {
    core = createTestCore();
    const n = await run<Notification>('notifications.send', { user: 'bob', type: 'alert', title: 'for bob' });
    expect(() => core.kernel.registry.authorize(actor('bob'), 'user:bob:notifications')).not.toThrow();
    expect(() => core.kernel.registry.authorize(actor('alice'), 'user:bob:notifications')).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
    expect(() => core.kernel.registry.authorize(actor('carol'), 'user:bob:notifications')).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
    await expect(run('notifications.markRead', { id: n.id }, actor('alice'))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(run('notifications.markRead', { id: n.id, user: 'bob' }, actor('alice'))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(run('notifications.send', { user: 'bob', type: 'alert', title: 'x' }, core.globex)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(run('notifications.send', { user: 'bob', type: 'bogus', title: 'x' })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });

  it('tells whoever scheduled a build when its run fails, once', async () => {
    core = createTestCore();
    const bob = actor('bob');
    const agent = core.agents.register(core.acme, { hostname: 'notify-1' });
    await run('jobs.schedule', { name: 'deploy', command: 'make deploy' }, bob);
    const { run: r } = core.jobs.askForWork(core.acme, agent.uuid)!;
    core.jobs.reportStatus(core.acme, { runId: r.id, status: 'building' });
    core.jobs.reportStatus(core.acme, { runId: r.id, status: 'failed', exitCode: 3 });
    const alerts = inbox('bob').items;
    expect(alerts).toEqual([
      expect.objectContaining({ type: 'alert', title: expect.stringMatching(/^Build deploy #\d+ failed$/), body: 'It failed on notify-1 with exit code 3.', link: `#/runs/${r.id}`, createdBy: 'system:notifier' }),
    ]);
    expect(inbox('alice').items).toEqual([]);
    // The same event seen again tells no one twice.
    const failed = core.kernel.log.readSince(['jobs:updates:acme'], 0).filter((e) => e.type === 'job_updated').at(-1)!;
    core.kernel.bus.publish(failed as LogEvent);
    expect(inbox('bob').items).toHaveLength(1);
  });
});
