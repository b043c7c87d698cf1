import { benchFile, fmt, signed, type BenchRow, type Row } from '../benchRow';
import { measureNotifications, type Spread } from '../measureNotifications';

const ms = (s: Spread) => `p50 ${s.p50.toFixed(1)} ms / p99 ${s.p99.toFixed(1)} ms`;

/** Issue 10: an organization-wide alert fanned out to 1,000 users with 50 windows open, and the title badge's latency. */
export const notificationRows: BenchRow = {
  name: 'notifications',
  async run(): Promise<Row[]> {
    const users = Number(process.env.BENCH_NOTIFY_USERS ?? 1000);
    const pageWindows = Number(process.env.BENCH_NOTIFY_PAGES ?? 3);
    const nodeWindows = Number(process.env.BENCH_NOTIFY_WINDOWS ?? 50) - pageWindows;
    const count = Number(process.env.BENCH_NOTIFY_COUNT ?? 50);
    const r = await measureNotifications(process.cwd(), benchFile('hostWorker.js'), users, nodeWindows, pageWindows, count);
    return [
      {
        measure: `notification fan-out: one alert to each of ${fmt(r.users)} users of an organization (a row + an event each), ${r.windows} windows open`,
        switchboard: `${fmt(r.rowsPerSec)} rows/s; every window's badge current: ${ms(r.fanOut)}, max ${r.fanOut.max.toFixed(1)} ms`,
        baseline: `the ${pageWindows} Chromium titles: ${ms(r.fanOutPages)}`,
        target: 'reported',
        values: { rowsPerSec: r.rowsPerSec, users: r.users, windows: r.windows, p50: r.fanOut.p50, p99: r.fanOut.p99, max: r.fanOut.max, pagesP99: r.fanOutPages.p99 },
      },
      {
        measure: `badge latency: ${r.notifications} alerts 100 ms apart, commit → window title "(N) " (bare Chromium, MutationObserver)`,
        switchboard: ms(r.title),
        baseline: `Node sync client of the same user: ${ms(r.replica)}`,
        ratio: `p50 ${signed(r.title.p50 - r.replica.p50, 1)} ms over the replica`,
        target: 'reported',
        values: { p50: r.title.p50, p99: r.title.p99, max: r.title.max, replicaP50: r.replica.p50, replicaP99: r.replica.p99 },
      },
    ];
  },
};
