/**
 * The kernel's statistics on a hand-driven clock: the event rate over a ten-second ring (seconds without commits
 * count as zero, old seconds fall out), latency percentiles over the last 1024 batches, topics busiest first.
 */
import { describe, expect, it } from 'vitest';
import type { Bus } from '../../../../src/main/kernel/bus/createBus';
import type { EventLog } from '../../../../src/main/kernel/log/createEventLog';
import type { Connection } from '../../../../src/main/kernel/sync/createConnection';
import { createKernelStats } from '../../../../src/main/kernel/stats/createKernelStats';

const bus = { topicCounts: () => new Map([['quiet', 1], ['busy', 5], ['middle', 3]]) } as unknown as Bus;
const log = { head: () => 42, prunedThrough: () => 7 } as unknown as EventLog;

function clock(start: number) {
  let t = start;
  return { now: () => t, set: (ms: number) => (t = ms) };
}

describe('createKernelStats', () => {
  it('reports the rate over the nine full seconds and the part of this one, forgetting seconds that left the window', () => {
    const c = clock(100_000);
    const stats = createKernelStats(bus, log, c.now);
    stats.committed(19); // second 100
    c.set(101_500);
    stats.committed(0);
    c.set(105_000);
    stats.committed(10); // second 105
    c.set(109_500);
    // Seconds 100..109 in the window, 9.5 s elapsed: (19 + 10) / 9.5
    expect(stats.snapshot([]).eventsPerSecond).toBe(3.1);
    c.set(110_000);
    // Second 100 left the window: 10 / 9
    expect(stats.snapshot([]).eventsPerSecond).toBe(1.1);
    c.set(125_000);
    expect(stats.snapshot([]).eventsPerSecond).toBe(0); // a long quiet spell clears the whole ring
    stats.committed(9);
    expect(stats.snapshot([]).eventsPerSecond).toBe(1);
  });

  it('keeps the commits of the current second when the clock steps back and forth (an NTP correction)', () => {
    const c = clock(105_000);
    const stats = createKernelStats(bus, log, c.now);
    stats.committed(18);
    c.set(104_500);
    stats.committed(1);
    c.set(105_500);
    expect(stats.snapshot([]).eventsPerSecond).toBe(2); // (18 + 1) / 9.5: nothing cleared by the step back
  });

  it('takes latency percentiles over the last 1024 batches', () => {
    const stats = createKernelStats(bus, log, () => 0);
    expect(stats.snapshot([]).latencyMs).toEqual({ p50: 0, p99: 0, samples: 0 });
    [30, 10, 20].forEach((ms) => stats.sent(ms));
    expect(stats.snapshot([]).latencyMs).toEqual({ p50: 20, p99: 30, samples: 3 });
    for (let i = 4; i <= 100; i++) stats.sent(i);
    expect(stats.snapshot([]).latencyMs).toEqual({ p50: 51, p99: 100, samples: 100 });
    for (let i = 0; i < 1024; i++) stats.sent(1000 + (i % 2));
    expect(stats.snapshot([]).latencyMs).toEqual({ p50: 1001, p99: 1001, samples: 1024 });
  });

  it('reports time, head, pruning point, each connection and the topics busiest first', () => {
    const stats = createKernelStats(bus, log, () => Date.UTC(2025, 0, 1));
    const connection = { stats: () => ({ id: 'w1' }) } as unknown as Connection;
    expect(stats.snapshot([connection])).toMatchObject({
      at: '2025-01-01T00:00:00.000Z',
      head: 42,
      prunedThrough: 7,
      connections: [{ id: 'w1' }],
      topics: [
        { topic: 'busy', subscribers: 5 },
        { topic: 'middle', subscribers: 3 },
        { topic: 'quiet', subscribers: 1 },
      ],
    });
  });
});
