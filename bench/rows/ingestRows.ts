import { benchFile, fmt, type BenchRow } from '../benchRow';
import { measureIngest } from '../measureIngest';

export const ingestRows: BenchRow = {
  name: 'ingest',
  quick: true,
  async run() {
    const ingest = await measureIngest(Number(process.env.BENCH_CASES ?? 100_000), benchFile('parseThread.js'));
    return [
      {
        measure: `case ingest: ${fmt(ingest.cases)}-case register on loopback, rate limit off, parsed in a worker thread (create pass)`,
        switchboard: `${fmt(ingest.createPerSec)} cases/s (main thread ${ingest.createCpuUs.toFixed(0)} µs CPU/case)`,
        baseline: `${fmt(ingest.plainPerSec)} (plain insert, no log/FTS)`,
        ratio: `${(ingest.plainPerSec / ingest.createPerSec).toFixed(2)}x cost`,
        target: '>= 10k cases/s',
        values: { ...ingest },
      },
      { measure: 'case ingest: same register again (sync pass, every case re-synced)', switchboard: `${fmt(ingest.syncPerSec)} cases/s (main thread ${ingest.syncCpuUs.toFixed(0)} µs CPU/case)`, target: '>= 10k cases/s' },
      {
        measure: `cases full-text search at ${fmt(ingest.cases)} cases (page of 100 + total)`,
        switchboard: `p50 ${ingest.searchP50.toFixed(1)} ms / p99 ${ingest.searchP99.toFixed(1)} ms`,
        target: '< 100 ms',
      },
    ];
  },
};
