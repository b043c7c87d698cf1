/**
 * The kernel's statistics on a hand-driven clock: the event rate over a ten-second ring (seconds without commits
 * count as zero, old seconds fall out), latency percentiles over the last 1024 batches, topics busiest first.
 */
import { describe, expect, it } from 'vitest';
import type { LogEvent } from '../../../../src/shared/contract';
import type { Bus } from '../../../../src/main/kernel/bus/createBus';
import type { EventLog } from '../../../../src/main/kernel/log/createEventLog';
import type { Connection } from '../../../../src/main/kernel/sync/createConnection';
import { createKernelStats } from '../../../../src/main/kernel/stats/createKernelStats';

const bus = {} as Bus;
/** `n` committed events on `topic`. */
const events = (n: number, topic = 'agents:updates:acme') => Array.from({ length: n }, (_, i) => ({ seq: i, topic }) as unknown as LogEvent);
const log = { head: () => 42, prunedThrough: () => 7 } as unknown as EventLog;

function clock(start: number) {
  let t = start;
  return { now: () => t, set: (ms: number) => (t = ms) };
}

describe('createKernelStats', () => {
  it('reports the rate over the nine full seconds and the part of this one, forgetting seconds that left the window', () => {
    const c = clock(100_000);
    const stats = createKernelStats(bus, log, c.now);
    stats.committed(events(19)); // second 100
    c.set(101_500);
    stats.committed(events(0));
    c.set(105_000);
    stats.committed(events(10)); // second 105
    c.set(109_500);
    // Seconds 100..109 in the window, 9.5 s elapsed: (19 + 10) / 9.5
    expect(stats.snapshot([]).eventsPerSecond).toBe(3.1);
    c.set(110_000);
    // Second 100 left the window: 10 / 9
    expect(stats.snapshot([]).eventsPerSecond).toBe(1.1);
    c.set(125_000);
    expect(stats.snapshot([]).eventsPerSecond).toBe(0); // a long quiet spell clears the whole ring
    stats.committed(events(9));
    expect(stats.snapshot([]).eventsPerSecond).toBe(1);
  });

  it('keeps the commits of the current second when the clock steps back and forth (an NTP correction)', () => {
    const c = clock(105_000);
    const stats = createKernelStats(bus, log, c.now);
    stats.committed(events(18));
    c.set(104_500);
    stats.committed(events(1));
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

  it('reports time, head, pruning point, each connection and its windows’ topics busiest first', () => {
    const stats = createKernelStats(bus, log, () => Date.UTC(2025, 0, 1));
    const window = (id: string, topics: string[]) => ({ stats: () => ({ id }), topics }) as unknown as Connection;
    const connection = window('w1', ['busy', 'middle', 'quiet']);
    const others = [window('w2', ['busy', 'middle']), window('w3', ['busy', 'middle']), window('w4', ['busy']), window('w5', ['busy'])];
    expect(stats.snapshot([connection, ...others])).toMatchObject({
      at: '2025-01-01T00:00:00.000Z',
      head: 42,
      prunedThrough: 7,
      connections: [{ id: 'w1' }, { id: 'w2' }, { id: 'w3' }, { id: 'w4' }, { id: 'w5' }],
      topics: [
        { topic: 'busy', subscribers: 5 },
        { topic: 'middle', subscribers: 3 },
        { topic: 'quiet', subscribers: 1 },
      ],
    });
  });

  it('puts latencies in histogram buckets and rates events per topic family', () => {
    const stats = createKernelStats(bus, log, () => 100_500);
    [0.5, 3, 3, 40, 300, 5000].forEach((ms) => stats.sent(ms));
    stats.committed([...events(19), ...events(38, 'case:created:7'), ...events(19, 'case:created:8')]);
    const snapshot = stats.snapshot([]);
    expect(snapshot.latencyHistogram.filter((b) => b.count > 0)).toEqual([
      { upToMs: 1, count: 1 },
      { upToMs: 5, count: 2 },
      { upToMs: 50, count: 1 },
      { upToMs: 500, count: 1 },
      { upToMs: null, count: 1 },
    ]);
    expect(snapshot.familyRates).toEqual([
      { family: 'case:created:{id}', eventsPerSecond: 6 },
      { family: 'agents:updates:{org}', eventsPerSecond: 2 },
    ]);
  });
  it('forgets a second ten seconds old, its families too, and lists no family without events in the window', () => {
    const c = clock(100_000);
    const stats = createKernelStats(bus, log, c.now);
    stats.committed(events(19)); // second 100
    c.set(115_000);
    stats.committed(events(9, 'case:created:7')); // second 115: second 100 (same ring slot as 110) is long gone
    const snapshot = stats.snapshot([]);
    expect(snapshot.eventsPerSecond).toBe(1);
    expect(snapshot.familyRates).toEqual([{ family: 'case:created:{id}', eventsPerSecond: 1 }]);
  });

  it('counts a latency equal to a bucket bound in that bucket', () => {
    const stats = createKernelStats(bus, log, () => 0);
    [1, 2, 1000, 1000.5].forEach((ms) => stats.sent(ms));
    expect(stats.snapshot([]).latencyHistogram.filter((b) => b.count > 0)).toEqual([
      { upToMs: 1, count: 1 },
      { upToMs: 2, count: 1 },
      { upToMs: 1000, count: 1 },
      { upToMs: null, count: 1 },
    ]);
  });

  it('orders topics by subscribers, then by name, whatever order the windows name them in', () => {
    const stats = createKernelStats(bus, log, () => 0);
    const window = (topics: string[]) => ({ stats: () => ({}), topics }) as unknown as Connection;
    const snapshot = stats.snapshot([window(['a-quiet', 'm-tie', 'z-busy']), window(['z-busy', 'm-tie', 'b-tie']), window(['b-tie', 'z-busy'])]);
    expect(snapshot.topics).toEqual([
      { topic: 'z-busy', subscribers: 3 },
      { topic: 'b-tie', subscribers: 2 },
      { topic: 'm-tie', subscribers: 2 },
      { topic: 'a-quiet', subscribers: 1 },
    ]);
    // The tie the other way round: a comparator that ignored names would keep one of the two orders.
    const reversed = stats.snapshot([window(['b-tie', 'z-busy']), window(['z-busy', 'b-tie', 'm-tie']), window(['a-quiet', 'm-tie', 'z-busy'])]);
    expect(reversed.topics).toEqual(snapshot.topics);
  });
});
