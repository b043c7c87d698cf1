/** The window's own commit → window histogram, from the events it receives (`at` is the commit time). */
import { describe, expect, it } from 'vitest';
import type { WireEvent } from '../../../../../src/shared/contract';
import type { EventsListener } from '../../../../../src/renderer/src/sync/createEventTap';
import { histogramOf, histogramPercentile, receiptLatencies } from '../../../../../src/renderer/src/features/metrics/latencyHistogram';
import { createWindowLatencyStore } from '../../../../../src/renderer/src/features/metrics/windowLatencyStore';
import { manualFrames } from '../../support/manualFrames';

const event = (seq: number, at?: number): WireEvent => ({ seq, topic: 'agents:updates:acme', type: 'x', payload: {}, ...(at === undefined ? {} : { at }) });

function fakeTap() {
  const listeners = new Set<EventsListener>();
  return {
    client: { onEvents: (l: EventsListener) => (listeners.add(l), () => void listeners.delete(l)) },
    emit: (events: WireEvent[], receivedAt: number) => listeners.forEach((l) => l(events, receivedAt)),
    listeners,
  };
}

describe('window latency', () => {
  it('measures arrival minus commit time, skipping events without one and clamping clock skew at 0', () => {
    expect(receiptLatencies([event(1, 990), event(2), event(3, 1003)], 1000)).toEqual([10, 0]);
  });

  it('buckets as the kernel does and reads percentiles from the buckets', () => {
    const buckets = histogramOf([0.5, 3, 3, 40, 2000]);
    expect(buckets.map((b) => b.count)).toEqual([1, 0, 2, 0, 0, 1, 0, 0, 0, 0, 1]);
    expect(buckets.at(-1)!.upToMs).toBeNull();
    expect(histogramPercentile(buckets, 0.5)).toBe(5);
    expect(histogramPercentile(buckets, 0.99)).toBeNull();
    expect(histogramPercentile(histogramOf([]), 0.5)).toBeUndefined();
  });

  it('counts every received event into the last N, forgetting the oldest, and lets go of the tap', () => {
    const tap = fakeTap();
    const store = createWindowLatencyStore(tap.client, 3);
    tap.emit([event(1, 1000), event(2, 999)], 1001);
    expect(store.getState().buckets.slice(0, 2).map((b) => b.count)).toEqual([1, 1]);
    tap.emit([event(3, 900), event(4, 400)], 1000);
    const counts = store.getState().buckets.map((b) => b.count);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(3);
    // The 1 ms one left first; 2 ms, 100 ms and 600 ms remain.
    expect(counts[0]).toBe(0);
    expect(counts[1]).toBe(1);
    expect(counts[6]).toBe(1);
    expect(counts[9]).toBe(1);
    expect(store.getState().received).toBe(4);
    store.dispose();
    expect(tap.listeners.size).toBe(0);
  });

  it('counts every batch at once and tells its readers once per frame', () => {
    const tap = fakeTap();
    const frames = manualFrames();
    const store = createWindowLatencyStore(tap.client, 10, frames);
    const told: number[] = [];
    store.subscribe((s) => told.push(s.received));
    tap.emit([event(1, 1000)], 1001);
    tap.emit([event(2, 1000)], 1002);
    expect(store.getState().received).toBe(2);
    expect(told).toEqual([]);
    frames.run();
    expect(told).toEqual([2]);
    store.dispose();
    expect(tap.listeners.size).toBe(0);
  });
});
