import { pathToFileURL } from 'node:url';

/** One bench row family: a name for `--only`, and a run that measures and returns printable rows with raw figures. */
export interface Row {
  measure: string;
  switchboard: string;
  baseline?: string;
  ratio?: string;
  target: string;
  /** Raw numbers behind the printed cells, written to the JSON results so two runs can be compared. */
  values?: Record<string, number>;
}

export interface BenchRow {
  /** What `npm run bench -- --only <name>` selects. */
  name: string;
  /** Runs under BENCH_QUICK too (fast enough for a smoke run). */
  quick?: boolean;
  run(): Promise<Row[]> | Row[];
}

export const fmt = (n: number) => (n >= 1e6 ? `${(n / 1e6).toFixed(2)}M` : n >= 1e3 ? `${(n / 1e3).toFixed(1)}k` : n.toFixed(2));

/** A difference with its sign, `+0.12` or `−0.03` (never `+-0.03`, nor `−0.00`). */
export function signed(difference: number, digits = 2): string {
  const size = Math.abs(difference).toFixed(digits);
  return `${difference < 0 && Number(size) !== 0 ? '−' : '+'}${size}`;
}

/** A latency against a floor or peer measured beside it: the p50's difference and the p99's ratio. */
export const versus = (r: { p50: number; p99: number }, base: { p50: number; p99: number }, name = 'floor') =>
  `p50 ${signed(r.p50 - base.p50)} ms, p99 ${(r.p99 / base.p99).toFixed(1)}x ${name}`;

export const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? NaN;

/** A file of the bench bundle (a worker script), resolved next to the running runBench.js whatever chunk asks. */
export const benchFile = (name: string) => new URL(name, pathToFileURL(process.argv[1]!));
