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

export const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? NaN;

/** A file of the bench bundle (a worker script), resolved next to the running runBench.js whatever chunk asks. */
export const benchFile = (name: string) => new URL(name, pathToFileURL(process.argv[1]!));
