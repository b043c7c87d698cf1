/**
 * Retries calls to the host while it is unreachable, with exponential backoff and jitter (250 ms doubling to 10 s),
 * one log line per retry and one when the host answers again. Refusals (`HostApiError`) are never retried.
 */
import { HostUnreachableError, StoppedError } from './hostErrors.ts';
import type { Log } from './createLog.ts';
import { sleep } from './sleep.ts';

export interface RetrySignals {
  /** Aborts the waits between attempts (the agent stops asking for work at once). */
  sleep: AbortSignal;
  /** Aborts an attempt in flight (the agent's grace period is over). */
  request: AbortSignal;
}

/** Runs `attempt` until it succeeds, fails for good, or a signal gives up (then it throws `StoppedError`). */
export type Retry = <T>(what: string, attempt: (signal: AbortSignal, n: number) => Promise<T>, signals: RetrySignals) => Promise<T>;

export interface RetryOptions {
  log: Log;
  minMs?: number;
  maxMs?: number;
  random?: () => number;
}

export function createRetry(options: RetryOptions): Retry {
  const { log, minMs = 250, maxMs = 10_000, random = Math.random } = options;
  // Shared by every call, so an outage is announced and its end logged once, whichever call notices.
  let down = false;

  return async (what, attempt, signals) => {
    for (let n = 0; ; n++) {
      if (signals.request.aborted) throw new StoppedError(`${what} abandoned: the agent is stopping`);
      try {
        const value = await attempt(signals.request, n);
        if (down) log.info('host reachable again');
        down = false;
        return value;
      } catch (error) {
        if (!(error instanceof HostUnreachableError)) throw error;
        down = true;
        // Half-to-full jitter keeps many agents that lost the same host from coming back in lockstep.
        const cap = Math.min(maxMs, minMs * 2 ** Math.min(n, 30));
        const delay = Math.round(cap / 2 + (random() * cap) / 2);
        log.warn(`${what}: ${error.message}; retry ${n + 1} in ${delay} ms`);
        if (!(await sleep(delay, signals.sleep))) throw new StoppedError(`${what} abandoned: the agent is stopping`);
      }
    }
  };
}
