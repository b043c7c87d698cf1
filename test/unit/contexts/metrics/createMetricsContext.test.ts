/** The latency alert: checked on its interval, told once per slow spell to every user of an organization with a window. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ActorRef, UserSummary } from '../../../../src/shared/contract';
import { createMetricsContext, type MetricsSettings } from '../../../../src/main/contexts/metrics';
import type { NotificationsContext, NotifyRequest } from '../../../../src/main/contexts/notifications';
import { createContextKit, type OwnedKit } from '../../../../src/main/kernel/context/createContextKit';
import { createKernel, type Kernel } from '../../../../src/main/kernel/createKernel';

const users: UserSummary[] = [
  { id: 'alice', name: 'Alice', orgId: 'acme', orgName: 'Acme' },
  { id: 'bob', name: 'Bob', orgId: 'acme', orgName: 'Acme' },
  { id: 'carol', name: 'Carol', orgId: 'globex', orgName: 'Globex' },
];

let kernel: Kernel;
let owned: OwnedKit;
let told: [ActorRef, NotifyRequest][];
let p99: number | null;

function start(settings?: MetricsSettings) {
  const notifications: NotificationsContext = { notify: (by, request) => void told.push([by, request]), flash: () => undefined };
  const source = { p99: () => p99, orgsWithWindows: () => ['acme'] };
  createMetricsContext(owned.kit, source, notifications, { listUsers: () => users, findUser: (id) => users.find((u) => u.id === id) }, settings);
}

beforeEach(() => {
  vi.useFakeTimers();
  kernel = createKernel({ file: ':memory:' });
  owned = createContextKit(kernel, 'metrics');
  told = [];
  p99 = null;
});
afterEach(() => {
  owned.store.dispose();
  kernel.dispose();
  vi.useRealTimers();
});

describe('metrics context', () => {
  it('alerts the users of organizations with a window once p99 stayed above the threshold, once per spell', () => {
    start({ thresholdMs: 100, sustainMs: 1000, checkEveryMs: 500 });
    p99 = 150.4;
    vi.advanceTimersByTime(500);
    const since = Date.now();
    vi.advanceTimersByTime(500);
    expect(told).toEqual([]);
    vi.advanceTimersByTime(500);
    const at = new Date(since).toLocaleTimeString('en-GB');
    const request = (userId: string) => ({
      userId,
      type: 'alert',
      title: 'Broadcasts are slow',
      body: `p99 commit→window latency has been 150 ms (above 100 ms) since ${at}.`,
      link: '#/metrics',
      dedupeKey: `latency:${since}`,
    });
    expect(told).toEqual([
      [{ kind: 'system', id: 'metrics' }, request('alice')],
      [{ kind: 'system', id: 'metrics' }, request('bob')],
    ]);
    vi.advanceTimersByTime(5000);
    expect(told).toHaveLength(2);
    p99 = null;
    vi.advanceTimersByTime(500);
    p99 = 170;
    vi.advanceTimersByTime(2000);
    expect(told).toHaveLength(4);
  });

  it('checks every 5 s against 250 ms for a minute by default, and stops with its context', () => {
    start();
    p99 = 260;
    vi.advanceTimersByTime(64_999);
    expect(told).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(told.map(([, r]) => [r.userId, r.body?.startsWith('p99 commit→window latency has been 260 ms (above 250 ms) since ')])).toEqual([
      ['alice', true],
      ['bob', true],
    ]);
    p99 = 240;
    vi.advanceTimersByTime(5000);
    p99 = 900;
    owned.store.dispose();
    vi.advanceTimersByTime(600_000);
    expect(told).toHaveLength(2);
  });
});
