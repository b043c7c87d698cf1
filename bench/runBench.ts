/** `npm run bench`: measures the kernel against its targets and prints one table. Reported, never gated. */
import { measureBus } from './measureBus';
import { measureEventLog } from './measureEventLog';
import { measureConsole } from './measureConsole';
import { measureLatency } from './measureLatency';
import { measureCampaigns } from './measureCampaigns';
import { measureIngest } from './measureIngest';
import { measureQueue } from './measureQueue';
import { measureRawWs } from './measureRawWs';
import { measureScheduling } from './measureScheduling';

const fmt = (n: number) => (n >= 1e6 ? `${(n / 1e6).toFixed(2)}M` : n >= 1e3 ? `${(n / 1e3).toFixed(1)}k` : n.toFixed(2));
const rows: string[][] = [['measure', 'switchboard', 'baseline', 'ratio', 'target']];

for (const r of measureBus()) {
  rows.push([`bus deliveries/s, ${r.scenario}`, fmt(r.busPerSec), `${fmt(r.emitterPerSec)} (EventEmitter)`, `${(r.busPerSec / r.emitterPerSec).toFixed(2)}x`, '>= 1x EventEmitter']);
}

const log = measureEventLog();
rows.push(['writes/s, row + event log (one tx each)', fmt(log.loggedPerSec), `${fmt(log.plainPerSec)} (plain insert)`, `${(log.plainPerSec / log.loggedPerSec).toFixed(2)}x cost`, '<= 2x plain insert']);
rows.push(['writes/s, agents context register', fmt(log.contextPerSec), `${fmt(log.plainPerSec)} (plain insert)`, `${(log.plainPerSec / log.contextPerSec).toFixed(2)}x cost`, 'reported']);

const q = await measureQueue(Number(process.env.BENCH_QUEUE_JOBS ?? 20_000));
rows.push([
  `work queue: ${fmt(q.jobs)} no-op jobs, 4 queues × concurrency 10, every change logged + broadcast`,
  `${fmt(q.jobsPerSec)} jobs/s`,
  `${fmt(q.events)} events, peak RSS ${q.peakRssMiB.toFixed(0)} MiB`,
  '',
  '>= 5k jobs/s',
]);

const ingest = await measureIngest(Number(process.env.BENCH_CASES ?? 100_000), new URL('./parseThread.js', import.meta.url));
rows.push([
  `case ingest: ${fmt(ingest.cases)}-case register on loopback, rate limit off, parsed in a worker thread (create pass)`,
  `${fmt(ingest.createPerSec)} cases/s`,
  `${fmt(ingest.plainPerSec)} (plain insert, no log/FTS)`,
  `${(ingest.plainPerSec / ingest.createPerSec).toFixed(2)}x cost`,
  '>= 10k cases/s',
]);
rows.push([`case ingest: same register again (sync pass, every case re-synced)`, `${fmt(ingest.syncPerSec)} cases/s`, '', '', '>= 10k cases/s']);
rows.push([`cases full-text search at ${fmt(ingest.cases)} cases (page of 100 + total)`, `p50 ${ingest.searchP50.toFixed(1)} ms / p99 ${ingest.searchP99.toFixed(1)} ms`, '', '', '< 100 ms']);

const camp = await measureCampaigns(Number(process.env.BENCH_MEMBERS ?? 1_000_000), Number(process.env.BENCH_UPDATES ?? 10_000));
rows.push([
  `campaign launch: ${fmt(camp.members)}-member target (populate, then one pending offer each, batched writes)`,
  `populated in ${camp.populatedSeconds.toFixed(1)} s, offers in ${camp.offersSeconds.toFixed(1)} s (${fmt(camp.offersPerSec)} offers/s)`,
  `event-loop delay max ${camp.maxLoopDelayMs.toFixed(0)} ms / p99 ${camp.p99LoopDelayMs.toFixed(0)} ms`,
  '',
  'no delay > 50 ms',
]);
rows.push([
  `campaign updates burst: ${fmt(camp.updates)} changes on one marketer → marketer-topic messages`,
  `${fmt(camp.broadcastsBatched)} with the 2 s window`,
  `${fmt(camp.broadcastsUnbatched)} without`,
  `${(camp.broadcastsUnbatched / Math.max(1, camp.broadcastsBatched)).toFixed(0)}x fewer`,
  'reported',
]);

if (process.env.BENCH_QUICK) {
  rows.forEach((r) => console.log(r.join(' | ')));
  process.exit(0);
}
const rate = Number(process.env.BENCH_RATE ?? 1000);
const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const floor = await measureRawWs(new URL('./rawWsWorker.js', import.meta.url), [1, 8], rate, seconds);
const measured = await measureLatency(new URL('./hostWorker.js', import.meta.url), [1, 8], rate, seconds);
for (const r of floor) {
  rows.push([
    `floor: raw ws, one ~150-byte JSON event per frame, ${r.clients} Node client${r.clients > 1 ? 's' : ''} @ ${fmt(r.rate)} ev/s`,
    `p50 ${r.p50.toFixed(2)} ms / p99 ${r.p99.toFixed(2)} ms`,
    `max ${r.max.toFixed(2)} ms`,
    '',
    'the floor',
  ]);
}
for (const r of measured) {
  const f = floor.find((x) => x.clients === r.clients)!;
  rows.push([
    `commit→replica latency, WebSocket, ${r.clients} client${r.clients > 1 ? 's' : ''} @ ${fmt(r.rate)} ev/s (${fmt(r.events)} samples)`,
    `p50 ${r.p50.toFixed(2)} ms / p99 ${r.p99.toFixed(2)} ms`,
    `max ${r.max.toFixed(2)} ms`,
    `p50 +${(r.p50 - f.p50).toFixed(2)} ms, p99 ${(r.p99 / f.p99).toFixed(1)}x floor`,
    'p50 ≤ floor + 0.15 ms, p99 ≤ 1.5x floor',
  ]);
}

const consoleLines = Number(process.env.BENCH_CONSOLE_LINES ?? 500_000);
const consoleRate = Number(process.env.BENCH_CONSOLE_RATE ?? 100_000);
const c = await measureConsole(process.cwd(), new URL('./hostWorker.js', import.meta.url), consoleLines, consoleRate, 4);
rows.push([
  `console: agent job → ${c.clients} watching clients, ${fmt(c.lines)} lines offered at ${fmt(consoleRate)}/s${c.complete ? '' : ' (INCOMPLETE!)'}`,
  `${fmt(c.linesPerSec)} lines/s, p50 ${c.p50.toFixed(1)} ms / p99 ${c.p99.toFixed(1)} ms`,
  'write → client replica',
  '',
  '100k lines/s, p99 < 50 ms',
]);

const s = await measureScheduling(process.cwd(), new URL('./hostWorker.js', import.meta.url), 8, Number(process.env.BENCH_JOBS ?? 400));
rows.push([
  `scheduling: ${s.agents} real agents (poll ${s.pollMs} ms), ${s.burst} no-op jobs in one burst`,
  `${fmt(s.jobsPerSec)} jobs/s`,
  'POST → passed in a window',
  '',
  'reported',
]);
rows.push([
  `POST /api/jobs → window shows it running, agents idle (${s.samples} samples)`,
  `p50 ${s.p50.toFixed(0)} ms / p99 ${s.p99.toFixed(0)} ms`,
  `poll interval ${s.pollMs} ms`,
  '',
  'reported (bounded by the poll interval)',
]);

const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
console.log(line(rows[0]!));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
rows.slice(1).forEach((r) => console.log(line(r)));
console.log(`\nnode ${process.version}, ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MiB RSS at end`);
