/**
 * The kernel's own view: a statistics snapshot of the realtime machinery (connections and their outboxes, topics
 * and their subscribers, event rate, commit-to-send latency), read by the inspector and metrics views.
 * It follows no topic: statistics are not events, so a window polls it.
 */
import { z } from 'zod';
import { defineDomain } from './domain';
import { viewSpec } from './views';

const count = z.number().int().nonnegative();

export const connectionStatsSchema = z.object({
  id: z.string(),
  userId: z.string().nullable(),
  orgId: z.string().nullable(),
  topics: count,
  /** Events waiting in the outbox. */
  queued: count,
  /** Their payloads' size in JSON characters (capped: a window past the cap is told to re-snapshot). */
  queuedBytes: count,
  /** Delta batches sent and not yet acknowledged. */
  inFlight: count,
  /** The outbox overflowed and waits for the window to re-snapshot. */
  dropping: z.boolean(),
  /** Times this window was told to re-snapshot (fell behind, or its resume point was pruned). */
  resyncs: count,
});
export type ConnectionStats = z.infer<typeof connectionStatsSchema>;

export const kernelStatsSchema = z.object({
  at: z.string(),
  head: count,
  prunedThrough: count,
  /** Events committed per second, over the last ten seconds. */
  eventsPerSecond: z.number().nonnegative(),
  /** Time from a commit to the delta batch that carries it leaving for a window, over the last batches sent. */
  latencyMs: z.object({ p50: z.number().nonnegative(), p99: z.number().nonnegative(), samples: count }),
  /** The same latencies as a histogram: `upToMs` bucket bounds (the last is open-ended), and counts. */
  latencyHistogram: z.array(z.object({ upToMs: z.number().nullable(), count })),
  /** Events per second over the last ten seconds, per topic family (`agents:updates:{org}`), busiest first. */
  familyRates: z.array(z.object({ family: z.string(), eventsPerSecond: z.number().nonnegative() })),
  connections: z.array(connectionStatsSchema),
  /** Subscriptions per topic, among the windows the reader may see. */
  topics: z.array(z.object({ topic: z.string(), subscribers: count })),
});
export type KernelStats = z.infer<typeof kernelStatsSchema>;

export const kernelDomain = defineDomain({
  name: 'kernel',
  views: {
    'kernel.stats': viewSpec(z.object({}).strict(), kernelStatsSchema),
  },
  rest: [{ method: 'GET', path: '/api/metrics', status: 200, run: { view: 'kernel.stats', wrap: (stats) => stats } }],
});
