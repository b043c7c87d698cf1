/**
 * When a dropped channel tries again: exponentially from `initialDelayMs` up to `maxDelayMs`, with jitter that never
 * passes the cap; after `offlineAfter` failed attempts in a row it counts as Offline and tries every
 * `offlineDelayMs`. A host on this machine gets a low cap, so a window is back within a second of its host.
 */

export interface BackoffOptions {
  initialDelayMs?: number;
  maxDelayMs?: number;
  /** Failed attempts in a row after which the channel reports Offline (and keeps trying, more slowly). */
  offlineAfter?: number;
  offlineDelayMs?: number;
  /** 0 ≤ x < 1; tests pin it. */
  random?: () => number;
}

/** The retry schedule of one channel. */
export interface Backoff {
  /** The wait before the next attempt, after `failures` (≥ 1) failed attempts in a row. */
  delay(failures: number): number;
  isOffline(failures: number): boolean;
}

/** A local host restarts in well under a second: retrying often costs nothing and gets the window back at once. */
export const LOCAL_BACKOFF = { maxDelayMs: 750, offlineDelayMs: 750 } as const satisfies BackoffOptions;
/** A remote host may be down for a while: back off to seconds, then to a slow background retry. */
export const REMOTE_BACKOFF = { maxDelayMs: 5000, offlineDelayMs: 30_000 } as const satisfies BackoffOptions;

const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

/** Whether `url` points at this machine (where the headless host or a dev server runs). */
export function isLoopbackUrl(url: string): boolean {
  let hostname: string;
  try {
    hostname = new URL(url).hostname;
  } catch {
    return false;
  }
  return loopbackHosts.has(hostname) || hostname.endsWith('.localhost') || /^127\.\d+\.\d+\.\d+$/.test(hostname);
}

export function createBackoff(options: BackoffOptions = {}): Backoff {
  const initial = options.initialDelayMs ?? 250;
  const max = options.maxDelayMs ?? REMOTE_BACKOFF.maxDelayMs;
  const offlineAfter = options.offlineAfter ?? 8;
  const offlineDelay = options.offlineDelayMs ?? REMOTE_BACKOFF.offlineDelayMs;
  const random = options.random ?? Math.random;
  const isOffline = (failures: number) => failures >= offlineAfter;
  return {
    isOffline,
    delay(failures) {
      const cap = isOffline(failures) ? offlineDelay : max;
      const base = isOffline(failures) ? offlineDelay : Math.min(max, initial * 2 ** Math.max(0, failures - 1));
      // ±25% so many windows of one host do not all knock at once, but never past the cap.
      return Math.round(Math.min(cap, base * (0.75 + random() * 0.5)));
    },
  };
}
