/**
 * The host's statistics for the inspector: polled as fresh `kernel.stats` snapshots once a second only while
 * someone listens, never stacking polls, keeping the last answer through a failure.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { KernelStats } from '../../../../../src/shared/contract';
import { ForbiddenError } from '../../../../../src/shared/contract';
import { createKernelStatsStore } from '../../../../../src/renderer/src/features/inspector/kernelStatsStore';
import { createFakeClient, type FakeClient } from '../../support/createFakeClient';

const stats = (head: number): KernelStats => ({
  at: '2026-11-27T10:00:00.000Z',
  head,
  prunedThrough: 0,
  eventsPerSecond: 1.5,
  latencyMs: { p50: 2, p99: 9, samples: 4 },
  latencyHistogram: [{ upToMs: 5, count: 3 }, { upToMs: null, count: 1 }],
  familyRates: [{ family: 'agents:updates:{org}', eventsPerSecond: 1.5 }],
  connections: [{ id: 'w1', userId: 'bob', orgId: 'acme', topics: 3, queued: 0, queuedBytes: 0, inFlight: 0, dropping: false, resyncs: 0 }],
  topics: [{ topic: 'agents:updates:acme', subscribers: 1 }],
});

describe('kernelStatsStore', () => {
  let fake: FakeClient;
  beforeEach(() => {
    vi.useFakeTimers();
    fake = createFakeClient();
  });
  afterEach(() => {
    vi.useRealTimers();
    expect(fake.openSubscriptions()).toBe(0);
  });

  const latest = () => fake.replicas.at(-1)!;

  it('polls a fresh snapshot every second while listened to, and stops when the last listener leaves', () => {
    const store = createKernelStatsStore(fake.client, 1000);
    expect(fake.watchCount).toBe(0);
    const stop = store.subscribe(() => {});
    expect(fake.watchCount).toBe(1);
    latest().loaded(0, stats(5));
    expect(store.getState().data?.head).toBe(5);

    vi.advanceTimersByTime(1000);
    expect(fake.watchCount).toBe(2);
    latest().loaded(0, stats(9));
    expect(store.getState().data?.head).toBe(9);

    stop();
    vi.advanceTimersByTime(5000);
    expect(fake.watchCount).toBe(2);
    store.dispose();
  });

  it('does not stack polls while one is unanswered, and keeps the last stats when a poll fails', () => {
    const store = createKernelStatsStore(fake.client, 1000);
    const stop = store.subscribe(() => {});
    latest().loaded(0, stats(5));
    vi.advanceTimersByTime(1000);
    vi.advanceTimersByTime(3000);
    expect(fake.watchCount).toBe(2);
    latest().failed(new ForbiddenError('not for you'));
    expect(store.getState()).toMatchObject({ data: { head: 5 }, error: { code: 'FORBIDDEN' } });
    vi.advanceTimersByTime(1000);
    latest().loaded(0, stats(6));
    expect(store.getState()).toMatchObject({ data: { head: 6 }, error: undefined });
    stop();
    store.dispose();
  });

  it('releases an unanswered poll on dispose', () => {
    const store = createKernelStatsStore(fake.client, 1000);
    store.subscribe(() => {});
    expect(fake.openSubscriptions()).toBe(1);
    store.dispose();
    vi.advanceTimersByTime(3000);
    expect(fake.watchCount).toBe(1);
  });
});
