/**
 * Logging for failures that a peer can repeat at will (bad frames, unexpected errors from one request kind): the
 * first of each kind in an interval is logged in full, the rest are counted and summed up in one line at the next
 * report, so 2,000 bad frames cost two log lines, not 20,000.
 */
import type { Logger } from './logger';

export interface RepeatLog {
  /** Logs `message` (and `error`) unless this `kind` was logged within the interval; then only counts it. */
  error(kind: string, message: string, error?: unknown): void;
}

export function createRepeatLog(logger: Logger, intervalMs = 10_000, now: () => number = () => Date.now()): RepeatLog {
  const kinds = new Map<string, { loggedAt: number; suppressed: number }>();
  return {
    error(kind, message, error) {
      const at = now();
      const entry = kinds.get(kind);
      if (entry && at - entry.loggedAt < intervalMs) {
        entry.suppressed++;
        return;
      }
      const more = entry && entry.suppressed > 0 ? ` (and ${entry.suppressed} more like it since the last report)` : '';
      kinds.set(kind, { loggedAt: at, suppressed: 0 });
      // Bounded: a peer could invent kinds; forget the oldest beyond a few hundred.
      if (kinds.size > 256) kinds.delete(kinds.keys().next().value!);
      if (error === undefined) logger.error(`${message}${more}`);
      else logger.error(`${message}${more}`, error);
    },
  };
}

/** The kind of a failure, for `RepeatLog`: its class and the start of its message. */
export function kindOf(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message.slice(0, 80)}` : typeof error;
}
