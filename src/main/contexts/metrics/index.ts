/**
 * The metrics context: watches the kernel's broadcast latency and, when p99 stays above the threshold for the
 * sustain period, alerts every user of each organization with a window open (a notification linking to
 * `#/metrics`). It owns no tables; the numbers are the kernel's statistics (`kernel.stats`, `GET /api/metrics`).
 */
import { systemRef } from '../../kernel/actor';
import type { ContextKit } from '../../kernel/context/createContextKit';
import { toDisposable } from '../../kernel/disposable';
import type { NotificationsContext, UserDirectory } from '../notifications';
import { createLatencyWatch, type LatencyWatchSettings } from './createLatencyWatch';

/** What the metrics context reads of the kernel. */
export interface LatencySource {
  /** The host's commit→send p99 over recent batches, or null when nothing was sent recently. */
  p99(): number | null;
  /** Organizations with at least one window open. */
  orgsWithWindows(): string[];
}

export interface MetricsSettings extends LatencyWatchSettings {
  checkEveryMs?: number;
}

export function createMetricsContext(kit: ContextKit, source: LatencySource, notifications: NotificationsContext, users: UserDirectory, settings: MetricsSettings = {}): void {
  const watch = createLatencyWatch(settings);
  const threshold = settings.thresholdMs ?? 250;
  const check = () => {
    const p99 = source.p99();
    const since = watch.observe(p99, Date.now());
    if (since === null || p99 === null) return;
    const orgs = new Set(source.orgsWithWindows());
    for (const user of users.listUsers().filter((u) => orgs.has(u.orgId))) {
      notifications.notify(systemRef('metrics'), {
        userId: user.id,
        type: 'alert',
        title: 'Broadcasts are slow',
        body: `p99 commit→window latency has been ${Math.round(p99)} ms (above ${threshold} ms) since ${new Date(since).toLocaleTimeString('en-GB')}.`,
        link: '#/metrics',
        dedupeKey: `latency:${since}`,
      });
    }
  };
  const timer = setInterval(check, settings.checkEveryMs ?? 5000);
  timer.unref();
  kit.own(toDisposable(() => clearInterval(timer)));
}
