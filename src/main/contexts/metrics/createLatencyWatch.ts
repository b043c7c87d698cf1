/**
 * Decides when broadcast latency is worth an alert: p99 above the threshold, continuously, for the sustain period
 * (default 250 ms for a minute); one alert per such spell, and a new spell only after latency came back under.
 * Pure: fed samples and a clock, it answers whether to alert now.
 */
export interface LatencyWatchSettings {
  thresholdMs?: number;
  sustainMs?: number;
}

export interface LatencyWatch {
  /** Feeds the current p99 (null: no traffic to judge); returns the spell's start when an alert is due now. */
  observe(p99: number | null, now: number): number | null;
}

export function createLatencyWatch(settings: LatencyWatchSettings = {}): LatencyWatch {
  const threshold = settings.thresholdMs ?? 250;
  const sustain = settings.sustainMs ?? 60_000;
  let since: number | null = null;
  let alerted = false;
  return {
    observe(p99, now) {
      if (p99 === null || p99 <= threshold) {
        since = null;
        alerted = false;
        return null;
      }
      since ??= now;
      if (alerted || now - since < sustain) return null;
      alerted = true;
      return since;
    },
  };
}
