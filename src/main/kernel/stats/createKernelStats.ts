/**
 * The kernel's statistics: events committed per second (ten one-second buckets) and commit-to-send latency (the
 * last 1024 batches), fed by the writer and the outboxes; `snapshot` adds what connections and the bus hold now.
 * @internal Created by the kernel, read through the `kernel.stats` view.
 */
import type { KernelStats } from '../../../shared/contract';
import type { Bus } from '../bus/createBus';
import type { EventLog } from '../log/createEventLog';
import type { Connection } from '../sync/createConnection';

export interface KernelStatsRecorder {
  committed(events: number): void;
  sent(waitedMs: number): void;
  snapshot(connections: readonly Connection[]): KernelStats;
}

const WINDOW_S = 10;
const SAMPLES = 1024;

export function createKernelStats(bus: Bus, log: EventLog, now: () => number = Date.now): KernelStatsRecorder {
  const buckets = new Float64Array(WINDOW_S);
  let bucketSecond = Math.floor(now() / 1000);
  const latencies = new Float64Array(SAMPLES);
  let latencyCount = 0;

  /** Moves the ring to the current second, clearing the seconds that passed without commits. */
  function roll(): number {
    const second = Math.floor(now() / 1000);
    for (let s = bucketSecond + 1; s <= second && s <= bucketSecond + WINDOW_S; s++) buckets[s % WINDOW_S] = 0;
    bucketSecond = Math.max(bucketSecond, second);
    return second;
  }

  function percentile(sorted: Float64Array, p: number): number {
    if (sorted.length === 0) return 0;
    return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
  }

  return {
    committed(events) {
      const second = roll();
      buckets[second % WINDOW_S]! += events;
    },
    sent(waitedMs) {
      latencies[latencyCount % SAMPLES] = waitedMs;
      latencyCount++;
    },
    snapshot(connections) {
      const second = roll();
      // The current second is still filling: rate over the nine full seconds before it and the part of this one.
      const elapsed = WINDOW_S - 1 + (now() % 1000) / 1000;
      let total = 0;
      for (let s = second - WINDOW_S + 1; s <= second; s++) total += buckets[((s % WINDOW_S) + WINDOW_S) % WINDOW_S]!;
      const recent = latencies.slice(0, Math.min(latencyCount, SAMPLES)).sort();
      return {
        at: new Date(now()).toISOString(),
        head: log.head(),
        prunedThrough: log.prunedThrough(),
        eventsPerSecond: Math.round((total / elapsed) * 10) / 10,
        latencyMs: { p50: percentile(recent, 0.5), p99: percentile(recent, 0.99), samples: recent.length },
        connections: connections.map((c) => c.stats()),
        topics: [...bus.topicCounts()].map(([topic, subscribers]) => ({ topic, subscribers })).sort((a, b) => b.subscribers - a.subscribers),
      };
    },
  };
}
