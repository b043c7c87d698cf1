/**
 * Notifications at scale over the real host (own thread): an organization of `users` users, `nodeWindows` windows
 * as Node sync clients (the renderer's own sync code and inbox reducer) and `pageWindows` bare Chromium pages of the
 * real app, each a different user of it but the last Node one, a second window of the first page's user. Fan-out: one alert to every user (through the command REST runs), rows
 * written/s and how long until each window's badge is current. Badge latency: `notifications` alerts one by one to a
 * page's user, from each commit to the page's title showing the new `(N) `, beside a Node client of the same user.
 */
import { join } from 'node:path';
import { createWebSocketChannel } from '../src/renderer/src/sync/channels/createWebSocketChannel';
import { createSyncClient } from '../src/renderer/src/sync/createSyncClient';
import { inboxReducer } from '../src/renderer/src/features/notifications/inboxReducer';
import { percentile } from './benchRow';
import { firstAtLeast, readTitleProbe, startTitleProbe, type TitleChange } from './pages/titleProbe';
import { startHostWorker } from './startHostWorker';
import { launchBareChromium, type BarePage } from './support/bareChromium';

export interface Spread {
  p50: number;
  p99: number;
  max: number;
}

export interface NotificationsResult {
  users: number;
  windows: number;
  rowsPerSec: number;
  /** Fan-out start → each window's badge current. */
  fanOut: Spread;
  /** Only the Chromium pages' part of `fanOut`. */
  fanOutPages: Spread;
  notifications: number;
  /** Commit → page title. */
  title: Spread;
  /** Commit → the Node client's replica of the same user (the floor for `title`). */
  replica: Spread;
}

const ORG = 'fanout';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const now = () => performance.timeOrigin + performance.now();
const spread = (values: number[]): Spread => {
  const sorted = [...values].sort((a, b) => a - b);
  return { p50: percentile(sorted, 0.5), p99: percentile(sorted, 0.99), max: sorted.at(-1) ?? NaN };
};
const userId = (i: number) => `f${String(i).padStart(4, '0')}`;

export async function measureNotifications(root: string, workerUrl: URL, users: number, nodeWindows: number, pageWindows: number, notifications: number): Promise<NotificationsResult> {
  const organizations = [{ id: ORG, name: 'Fan-out Org', users: Array.from({ length: users }, (_, i) => ({ id: userId(i + 1), name: `User ${i + 1}` })) }];
  const host = startHostWorker(workerUrl, new Float64Array(new SharedArrayBuffer(8 * (users + notifications + 100_000))), { rendererDir: join(root, 'out', 'renderer'), organizations });
  const { port, launchKey } = (await host.next('ready')) as { port: number; launchKey: string };
  const chromium = await launchBareChromium();
  const pageUser = (i: number) => userId(nodeWindows + i);
  const clients = await Promise.all(
    Array.from({ length: nodeWindows }, async (_, i) => {
      // The last one is a second window of the first page's user: the floor of the badge-latency measurement.
      const user = i < nodeWindows - 1 ? userId(i + 1) : pageUser(0);
      const client = createSyncClient(createWebSocketChannel(`ws://127.0.0.1:${port}/ws?launch=${launchKey}`));
      await client.signIn(user);
      const replica = client.watch('notifications.inbox', {}, inboxReducer);
      await new Promise<void>((resolve) => {
        const stop = replica.subscribe((s) => s.status === 'live' && (stop(), resolve()));
      });
      const reached: { at: number; count: number }[] = [];
      replica.subscribe((s) => {
        const count = s.data?.unreadCount ?? 0;
        if (count !== reached.at(-1)?.count) reached.push({ at: now(), count });
      });
      return { client, replica, reached };
    }),
  );
  const pages: BarePage[] = [];
  try {
    for (let i = 0; i < pageWindows; i++) {
      const page = await chromium.open(`http://127.0.0.1:${port}/?launch=${launchKey}&user=${pageUser(i)}#/inbox`);
      await page.waitFor(`document.querySelector('[data-testid="connection-state"]')?.textContent === 'Live'`, 60_000, 100);
      await page.evaluate(startTitleProbe);
      pages.push(page);
    }
    const windows = clients;

    host.worker.postMessage({ kind: 'fanout', orgId: ORG, title: 'Maintenance tonight at 22:00' });
    const fan = (await host.next('fannedOut')) as { rows: number; startedAt: number; endedAt: number };
    const deadline = Date.now() + 60_000;
    const pageTimes: number[] = [];
    while (pageTimes.length === 0) {
      if (Date.now() > deadline) throw new Error("not every window's badge showed the fan-out's alert within 60 s");
      const changes = await Promise.all(pages.map((p) => p.evaluate<TitleChange[]>(readTitleProbe)));
      const times = changes.map((c) => firstAtLeast(c, 1));
      if (times.every((t) => t !== undefined) && windows.every((w) => w.replica.getState().data?.unreadCount === 1)) pageTimes.push(...(times as number[]));
      else await sleep(100);
    }
    const nodeTimes = windows.map((w) => w.reached.find((r) => r.count >= 1)?.at ?? NaN);
    const fanOut = spread([...nodeTimes, ...pageTimes].map((t) => t - fan.startedAt));
    const fanOutPages = spread(pageTimes.map((t) => t - fan.startedAt));

    // Badge latency: one alert at a time to the first page's user, 100 ms apart.
    const floor = clients.at(-1)!;
    const page = pages[0]!;
    // The window a user is looking at: the others are background tabs, whose titles move on a slower timer.
    await page.bringToFront();
    const commits: number[] = [];
    for (let i = 0; i < notifications; i++) {
      host.worker.postMessage({ kind: 'notify', orgId: ORG, user: pageUser(0), title: `Alert ${i + 1}` });
      commits.push(((await host.next('notified')) as { committedAt: number }).committedAt);
      await sleep(100);
    }
    await page.waitFor(`window.__titleProbe.changes.some((c) => c.count >= ${1 + notifications})`, 30_000, 100);
    const changes = await page.evaluate<TitleChange[]>(readTitleProbe);
    const title = spread(commits.map((at, i) => firstAtLeast(changes, 2 + i)! - at));
    const replica = spread(commits.map((at, i) => floor.reached.find((r) => r.count >= 2 + i)!.at - at));
    return {
      users: fan.rows,
      windows: nodeWindows + pageWindows,
      rowsPerSec: fan.rows / ((fan.endedAt - fan.startedAt) / 1000),
      fanOut,
      fanOutPages,
      notifications,
      title,
      replica,
    };
  } finally {
    for (const page of pages) await page.close();
    await chromium.close();
    clients.forEach(({ client, replica }) => {
      replica.dispose();
      client.dispose();
    });
    await host.stop();
  }
}
