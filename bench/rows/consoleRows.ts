import { benchFile, fmt, type BenchRow } from '../benchRow';
import { measureConsole } from '../measureConsole';

export const consoleRows: BenchRow = {
  name: 'console',
  async run() {
    const lines = Number(process.env.BENCH_CONSOLE_LINES ?? 500_000);
    const rate = Number(process.env.BENCH_CONSOLE_RATE ?? 100_000);
    const c = await measureConsole(process.cwd(), benchFile('hostWorker.js'), lines, rate, 4);
    return [
      {
        measure: `console: agent job → ${c.clients} watching clients, ${fmt(c.lines)} lines offered at ${fmt(rate)}/s${c.complete ? '' : ' (INCOMPLETE!)'}`,
        switchboard: `${fmt(c.linesPerSec)} lines/s, p50 ${c.p50.toFixed(1)} ms / p99 ${c.p99.toFixed(1)} ms`,
        baseline: 'write → client replica',
        target: '100k lines/s, p99 < 50 ms',
        values: { linesPerSec: c.linesPerSec, p50: c.p50, p99: c.p99, lines: c.lines },
      },
    ];
  },
};
