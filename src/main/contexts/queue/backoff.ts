/**
 * How long a failed attempt waits before the next: doubling from `baseMs`, capped at `maxMs`, spread by ± `jitter`
 * so jobs that failed together don't retry together (after Oban's exponential backoff with jitter).
 */
import type { Backoff } from './workQueue';

export const defaultBackoff: Required<Backoff> = { baseMs: 1000, maxMs: 5 * 60_000, jitter: 0.2 };

/** The wait after failed attempt number `attempt` (1 = the first attempt failed). */
export function backoffDelay(attempt: number, backoff: Backoff = {}, random: () => number = Math.random): number {
  const { baseMs, maxMs, jitter } = { ...defaultBackoff, ...backoff };
  const exponential = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt - 1));
  const spread = exponential * jitter * (random() * 2 - 1);
  return Math.max(0, Math.round(Math.min(maxMs, exponential + spread)));
}
