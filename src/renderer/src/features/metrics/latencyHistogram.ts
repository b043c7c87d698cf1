/**
 * Latency histograms as the kernel counts them (the same bucket bounds, the last one open-ended), built from this
 * window's own receipts: commit → window is an event's arrival time minus its commit time (`at`). Pure.
 */
import type { WireEvent } from '../../../../shared/contract';

/** Bucket upper bounds, ms, as the kernel's; one more bucket holds everything slower. */
export const LATENCY_BOUNDS = [1, 2, 5, 10, 25, 50, 100, 250, 500, 1000] as const;

export interface Bucket {
  readonly upToMs: number | null;
  readonly count: number;
}

export const bucketIndex = (ms: number): number => {
  const i = LATENCY_BOUNDS.findIndex((b) => ms <= b);
  return i === -1 ? LATENCY_BOUNDS.length : i;
};

/** Commit → window latencies (ms, never below 0) of a delta batch's events that carry their commit time. */
export function receiptLatencies(events: readonly WireEvent[], receivedAt: number): number[] {
  const out: number[] = [];
  // Clocks of host and window may differ by a little: a negative latency counts as 0.
  for (const e of events) if (typeof e.at === 'number') out.push(Math.max(0, receivedAt - e.at));
  return out;
}

export function histogramOf(latencies: Iterable<number>): Bucket[] {
  const counts = new Array<number>(LATENCY_BOUNDS.length + 1).fill(0);
  for (const ms of latencies) counts[bucketIndex(ms)]!++;
  return counts.map((count, i) => ({ upToMs: LATENCY_BOUNDS[i] ?? null, count }));
}

/** The bucket bound under which a share `q` of the samples fell (null: the open bucket; undefined: no samples). */
export function histogramPercentile(buckets: readonly Bucket[], q: number): number | null | undefined {
  const total = buckets.reduce((n, b) => n + b.count, 0);
  if (total === 0) return undefined;
  let seen = 0;
  for (const b of buckets) {
    seen += b.count;
    if (seen >= q * total) return b.upToMs;
  }
  return null;
}

/** "≤ 5 ms", "> 1000 ms". */
export function bucketLabel(buckets: readonly Bucket[], index: number): string {
  const bound = buckets[index]?.upToMs;
  if (bound !== null && bound !== undefined) return `≤ ${bound} ms`;
  const previous = buckets[index - 1]?.upToMs;
  return previous ? `> ${previous} ms` : 'any';
}
