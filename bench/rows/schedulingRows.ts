import { benchFile, fmt, type BenchRow } from '../benchRow';
import { measureScheduling } from '../measureScheduling';

export const schedulingRows: BenchRow = {
  name: 'scheduling',
  async run() {
    const s = await measureScheduling(process.cwd(), benchFile('hostWorker.js'), 8, Number(process.env.BENCH_JOBS ?? 400));
    return [
      {
        measure: `scheduling: ${s.agents} real agents (poll ${s.pollMs} ms), ${s.burst} no-op jobs in one burst`,
        switchboard: `${fmt(s.jobsPerSec)} jobs/s`,
        baseline: 'POST → passed in a window',
        target: 'reported',
        values: { ...s },
      },
      {
        measure: `POST /api/jobs → window shows it running, agents idle (${s.samples} samples)`,
        switchboard: `p50 ${s.p50.toFixed(0)} ms / p99 ${s.p99.toFixed(0)} ms`,
        baseline: `poll interval ${s.pollMs} ms`,
        target: 'reported (bounded by the poll interval)',
      },
    ];
  },
};
