/**
 * This window's own broadcast latency, commit → window: every received event's arrival time minus its commit time,
 * the last `WINDOW_LATENCY_KEPT` of them counted into the kernel's buckets. Records from sign-in (one tap on the
 * sync client's delta batches; readers hear once per frame), so the metrics view has data when it opens.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { publishedPerFrame } from '../../stores/createFramePublisher';
import { defineStore } from '../../stores/defineStore';
import { immediateFrames, type FrameScheduler } from '../../stores/frameScheduler';
import type { SyncClient } from '../../sync/createSyncClient';
import { bucketIndex, LATENCY_BOUNDS, receiptLatencies, type Bucket } from './latencyHistogram';

export const WINDOW_LATENCY_KEPT = 2000;

export interface WindowLatencyState {
  readonly buckets: readonly Bucket[];
  /** Events measured since sign-in. */
  readonly received: number;
}

export interface WindowLatencyStore extends StoreApi<WindowLatencyState> {
  dispose(): void;
}

export function createWindowLatencyStore(client: Pick<SyncClient, 'onEvents'>, kept = WINDOW_LATENCY_KEPT, frames: FrameScheduler = immediateFrames): WindowLatencyStore {
  const counts = new Array<number>(LATENCY_BOUNDS.length + 1).fill(0);
  // A ring of bucket indexes: the oldest leaves its bucket when a new receipt takes its place.
  const ring = new Uint8Array(kept);
  let received = 0;
  const snapshot = (): WindowLatencyState => ({ buckets: counts.map((count, i) => ({ upToMs: LATENCY_BOUNDS[i] ?? null, count })), received });
  const store = createStore<WindowLatencyState>()(snapshot);
  const stop = client.onEvents((events, receivedAt) => {
    const latencies = receiptLatencies(events, receivedAt);
    if (latencies.length === 0) return;
    for (const ms of latencies) {
      const slot = received % kept;
      if (received >= kept) counts[ring[slot]!]!--;
      const index = bucketIndex(ms);
      ring[slot] = index;
      counts[index]!++;
      received++;
    }
    store.setState(snapshot());
  });
  // Counted every batch; the open metrics view hears of it once per frame.
  return publishedPerFrame(store, frames, stop);
}

/** The window's commit → window latencies. */
export const windowLatencyStore = defineStore({
  name: 'metrics.windowLatency',
  create: ({ client, options }) => createWindowLatencyStore(client, WINDOW_LATENCY_KEPT, options.frames),
});
