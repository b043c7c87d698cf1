/**
 * The kernel's statistics: events committed per second (ten one-second buckets) and commit-to-send latency (the
 * last 1024 batches), fed by the writer and the outboxes; `snapshot` adds what connections and the bus hold now.
 * @internal Created by the kernel, read through the `kernel.stats` view.
 */
import { findTopicFamily, type KernelStats, type LogEvent } from '../../../shared/contract';
import type { Bus } from '../bus/createBus';
import type { EventLog } from '../log/createEventLog';
import type { Connection } from '../sync/createConnection';

export interface KernelStatsRecorder {
  committed(events: readonly LogEvent[]): void;
  sent(waitedMs: number): void;
  snapshot(connections: readonly Connection[]): KernelStats;
}

const WINDOW_S = 10;
const SAMPLES = 1024;
/** Histogram bucket bounds, ms; one more bucket holds everything slower. */
const BOUNDS = [1, 2, 5, 10, 25, 50, 100, 250, 500, 1000];

/** Subscriptions per topic among `connections`, busiest first. */
function topicCounts(connections: readonly Connection[]) {
  const counts = new Map<string, number>();
  for (const c of connections) for (const topic of c.topics) counts.set(topic, (counts.get(topic) ?? 0) + 1);
  return [...counts].map(([topic, subscribers]) => ({ topic, subscribers })).sort((a, b) => b.subscribers - a.subscribers || (a.topic < b.topic ? -1 : 1));
}

export function createKernelStats(_bus: Bus, log: EventLog, now: () => number = Date.now): KernelStatsRecorder {
  const buckets = new Float64Array(WINDOW_S);
  let bucketSecond = Math.floor(now() / 1000);
  const latencies = new Float64Array(SAMPLES);
  let latencyCount = 0;
  /** Per family: ten one-second buckets, like the total's. */
  const familyBuckets = new Map<string, Float64Array>();

  /** Moves the ring to the current second, clearing the seconds that passed without commits. */
  function roll(): number {
    const second = Math.floor(now() / 1000);
    for (let s = bucketSecond + 1; s <= second && s <= bucketSecond + WINDOW_S; s++) {
      buckets[s % WINDOW_S] = 0;
      for (const family of familyBuckets.values()) family[s % WINDOW_S] = 0;
    }
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
      buckets[second % WINDOW_S]! += events.length;
      for (const event of events) {
        const family = findTopicFamily(event.topic)?.family.template ?? event.topic;
        let ring = familyBuckets.get(family);
        if (!ring) familyBuckets.set(family, (ring = new Float64Array(WINDOW_S)));
        ring[second % WINDOW_S]! += 1;
      }
    },
    sent(waitedMs) {
      latencies[latencyCount % SAMPLES] = waitedMs;
      latencyCount++;
    },
    snapshot(connections) {
      roll(); // seconds that passed without commits count as zero
      // The current second is still filling: rate over the nine full seconds before it and the part of this one.
      const elapsed = WINDOW_S - 1 + (now() % 1000) / 1000;
      const sum = (ring: Float64Array) => ring.reduce((a, b) => a + b, 0);
      const total = sum(buckets);
      const recent = latencies.slice(0, Math.min(latencyCount, SAMPLES)).sort();
      const histogram = [...BOUNDS, null].map((upToMs) => ({ upToMs, count: 0 }));
      for (const ms of recent) histogram[BOUNDS.findIndex((b) => ms <= b) === -1 ? BOUNDS.length : BOUNDS.findIndex((b) => ms <= b)]!.count++;
      const familyRates = [...familyBuckets]
        .map(([family, ring]) => ({ family, eventsPerSecond: Math.round((sum(ring) / elapsed) * 10) / 10 }))
        .filter((r) => r.eventsPerSecond > 0)
        .sort((a, b) => b.eventsPerSecond - a.eventsPerSecond);
      return {
        at: new Date(now()).toISOString(),
        head: log.head(),
        prunedThrough: log.prunedThrough(),
        eventsPerSecond: Math.round((total / elapsed) * 10) / 10,
        latencyMs: { p50: percentile(recent, 0.5), p99: percentile(recent, 0.99), samples: recent.length },
        latencyHistogram: histogram,
        familyRates,
        connections: connections.map((c) => c.stats()),
        topics: topicCounts(connections),
      };
    },
  };
}
