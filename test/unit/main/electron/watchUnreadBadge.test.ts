/**
 * The tray badge's counts on a real core (createApp, so `App.unreadCount` is the one the shell calls) with IPC-named
 * connections: bob in two windows and alice in one; alerts to bob raise his count only, reads lower it, a user
 * leaves the tooltip with their last window, and nothing is left subscribed.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../../../src/main/app/createApp';
import { apiActor } from '../../../../src/main/kernel/actor';
import { watchUnreadBadge } from '../../../../src/main/electron/watchUnreadBadge';
import { trayBadge, type UserUnread } from '../../../../src/main/electron/trayBadge';
import { createSyncClient, type SyncClient } from '../../../../src/renderer/src/sync/createSyncClient';
import { createMemoryPair } from '../../../support/createMemoryPair';
import { waitFor } from '../../../support/waitFor';

describe('watchUnreadBadge', () => {
  let dataDir: string;
  let core: App;
  const clients: SyncClient[] = [];
  let contents = 10;

  async function window(user: string) {
    const pair = createMemoryPair({ auto: true });
    // Named as the IPC transport names a page (`webContentsId:frameId`), so the shell counts it as a window.
    core.kernel.sync.connect(`${contents++}:1`, pair.server);
    const client = createSyncClient(pair.client);
    clients.push(client);
    await client.signIn(user);
    return client;
  }
  const alert = (user: string, title: string) =>
    core.kernel.registry.run('notifications.send', { user, type: 'alert', title, link: '#/runs/1' }, { actor: apiActor('acme') }) as Promise<{ id: number }>;

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'switchboard-badge-'));
    core = createApp({ dataDir, demo: true, shell: 'electron' });
  });
  afterEach(() => {
    clients.splice(0).forEach((c) => c.dispose());
    core.dispose();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('follows the unread of the users with a window open, live, from their first window to their last', async () => {
    await alert('bob', 'before any window');
    const shown: (readonly UserUnread[])[] = [];
    const watch = watchUnreadBadge(core.kernel, (userId) => core.unreadCount(userId), (users) => shown.push(users));
    const tooltip = () => trayBadge(shown.at(-1) ?? []).tooltip;
    expect(tooltip()).toBe('Switchboard');

    const bob1 = await window('bob');
    const bob2 = await window('bob');
    await window('alice');
    // Pulled when bob's first window signed in; alice's first pull is 0.
    expect(tooltip()).toBe('Switchboard — bob: 1, alice: 0');

    await alert('bob', 'Build failed');
    await alert('bob', 'Build failed again');
    expect(trayBadge(shown.at(-1)!)).toEqual({ count: 3, text: '3', tooltip: 'Switchboard — bob: 3, alice: 0' });

    await core.kernel.registry.run('notifications.markAllRead', { user: 'bob' }, { actor: apiActor('acme') });
    expect(trayBadge(shown.at(-1)!).count).toBe(0);
    await alert('alice', 'Yours');
    expect(tooltip()).toBe('Switchboard — bob: 0, alice: 1');

    // Bob keeps a window: still listed. With neither left, he leaves the tooltip.
    bob1.dispose();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(tooltip()).toBe('Switchboard — bob: 0, alice: 1');
    bob2.dispose();
    await waitFor(() => tooltip() === 'Switchboard — alice: 1', 'bob to leave the badge');
    const renders = shown.length;
    watch.dispose();
    expect(shown.length).toBe(renders);
    // The windows follow no inbox here: every subscription on a notifications topic was the watcher's.
    expect(core.kernel.bus.subscriberCount('user:alice:notifications') + core.kernel.bus.subscriberCount('user:bob:notifications')).toBe(0);
  });
});
