import { fmt, type BenchRow } from '../benchRow';
import { measureQueue } from '../measureQueue';

export const queueRows: BenchRow = {
  name: 'queue',
  quick: true,
  async run() {
    const q = await measureQueue(Number(process.env.BENCH_QUEUE_JOBS ?? 20_000));
    return [
      {
        measure: `work queue: ${fmt(q.jobs)} no-op jobs, 4 queues × concurrency 10, every change logged + broadcast`,
        switchboard: `${fmt(q.jobsPerSec)} jobs/s`,
        baseline: `${fmt(q.events)} events, peak RSS ${q.peakRssMiB.toFixed(0)} MiB`,
        target: '>= 5k jobs/s',
        values: { ...q },
      },
    ];
  },
};
