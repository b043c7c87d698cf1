import { describe, expect, it, vi } from 'vitest';
import { CommittedEvent } from '../../../src/main/kernel/log/committedEvent';
import { createOutbox } from '../../../src/main/kernel/sync/createOutbox';
import type { LogEvent, ServerFrame } from '../../../src/shared/contract';

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));
const event = (seq: number, size = 16): LogEvent => ({ seq, topic: 'agents:updates:acme', actor: { kind: 'system', id: 'test' }, size, at: 0, type: 'agent_deleted', payload: { uuid: String(seq) } });
type Delta = Extract<ServerFrame, { kind: 'delta' }>;

describe('outbox', () => {
  it('coalesces everything pushed in one tick into one batch, marked up to head', async () => {
    const sent: ServerFrame[] = [];
    let head = 3;
    const outbox = createOutbox((f) => sent.push(f), () => head, vi.fn());
    [1, 2, 3].forEach((s) => outbox.push(event(s)));
    await tick();
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ kind: 'delta', batch: 1, upTo: 3 });
    expect((sent[0] as Delta).events.map((e) => e.seq)).toEqual([1, 2, 3]);
    head = 9;
    outbox.mark();
    await tick();
    expect(sent[1]).toMatchObject({ kind: 'delta', batch: 2, upTo: 9, events: [] });
    outbox.dispose();
  });

  it('keeps at most `window` batches unacknowledged and resumes on ack', async () => {
    const sent: Delta[] = [];
    const outbox = createOutbox((f) => sent.push(f as Delta), () => 100, vi.fn(), { window: 2, maxBatch: 2, maxQueued: 100 });
    for (let s = 1; s <= 10; s++) outbox.push(event(s));
    await tick();
    expect(sent.map((f) => f.events.map((e) => e.seq))).toEqual([[1, 2], [3, 4]]);
    expect(sent[0]!.upTo).toBe(2); // not drained: upTo is the last event sent, not head
    expect(outbox.inFlight).toBe(2);
    outbox.ack(1);
    await tick();
    expect(sent).toHaveLength(3);
    outbox.ack(3);
    await tick();
    expect(sent.flatMap((f) => f.events.map((e) => e.seq))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(sent.at(-1)!.upTo).toBe(100);
    outbox.dispose();
  });

  it('drops its queue and asks for a resync when a window stops acknowledging, bounding memory', async () => {
    const sent: ServerFrame[] = [];
    const overflow = vi.fn();
    const outbox = createOutbox((f) => sent.push(f), () => 0, overflow, { window: 1, maxBatch: 10, maxQueued: 50 });
    for (let s = 1; s <= 1000; s++) outbox.push(event(s));
    await tick();
    expect(overflow).toHaveBeenCalledTimes(1);
    expect(outbox.dropping).toBe(true);
    expect(outbox.queued).toBe(0);
    expect(sent).toHaveLength(0);
    outbox.resume();
    outbox.push(event(1001));
    outbox.ack(0);
    await tick();
    expect((sent[0] as Delta).events.map((e) => e.seq)).toEqual([1001]);
    outbox.dispose();
  });

  it('bounds each batch in bytes as well as events, sending an oversized event alone', async () => {
    const sent: Delta[] = [];
    const outbox = createOutbox((f) => sent.push(f as Delta), () => 5, vi.fn(), { window: 10, maxBatch: 100, maxQueued: 100, maxBatchBytes: 100 });
    [40, 40, 40, 500, 10].forEach((size, i) => outbox.push(event(i + 1, size)));
    await tick();
    expect(sent.map((f) => f.events.map((e) => e.seq))).toEqual([[1, 2], [3], [4], [5]]);
    expect(outbox.queuedBytes).toBe(0);
    outbox.dispose();
  });

  it('keeps at most `maxInFlightBytes` unacknowledged, cutting a batch to fit, and one event of any size goes alone', async () => {
    const sent: Delta[] = [];
    const outbox = createOutbox((f) => sent.push(f as Delta), () => 9, vi.fn(), { window: 10, maxBatch: 100, maxQueued: 100, maxBatchBytes: 1000, maxInFlightBytes: 250 });
    [100, 100, 100, 100].forEach((size, i) => outbox.push(event(i + 1, size)));
    await tick();
    // Two fit in 250 bytes; the third would pass it.
    expect(sent.map((f) => f.events.map((e) => e.seq))).toEqual([[1, 2]]);
    outbox.ack(1);
    await tick();
    expect(sent.map((f) => f.events.map((e) => e.seq))).toEqual([[1, 2], [3, 4]]);
    outbox.push(event(5, 600));
    outbox.push(event(6, 10));
    await tick();
    expect(sent).toHaveLength(2); // 200 bytes in flight: no room for 600
    outbox.ack(2);
    await tick();
    // Nothing in flight: the oversized event goes, alone; the next waits for its ack.
    expect(sent.map((f) => f.events.map((e) => e.seq))).toEqual([[1, 2], [3, 4], [5]]);
    outbox.ack(3);
    await tick();
    expect(sent.at(-1)!.events.map((e) => e.seq)).toEqual([6]);
    outbox.dispose();
  });

  it('lets a burst of commits made in one turn leave at once, each as its own batch', () => {
    const sent: Delta[] = [];
    const outbox = createOutbox((f) => sent.push(f as Delta), () => 8, vi.fn());
    for (let s = 1; s <= 8; s++) {
      outbox.push(event(s));
      outbox.flushNow();
    }
    expect(sent.map((f) => f.batch)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    outbox.dispose();
  });

  it('drops its queue and asks for a resync once queued bytes pass the cap, whatever the event count', async () => {
    const sent: Delta[] = [];
    const overflow = vi.fn();
    const outbox = createOutbox((f) => sent.push(f as Delta), () => 50, overflow, { window: 1, maxBatch: 1, maxQueued: 10_000, maxQueuedBytes: 1000 });
    outbox.push(event(1, 10)); // goes out at once, then the window is full
    await tick();
    for (let s = 2; s <= 11; s++) outbox.push(event(s, 100));
    expect(overflow).not.toHaveBeenCalled();
    expect(outbox.queuedBytes).toBe(1000);
    outbox.push(event(12, 1));
    expect(overflow).toHaveBeenCalledTimes(1);
    expect(outbox.dropping).toBe(true);
    expect([outbox.queued, outbox.queuedBytes]).toEqual([0, 0]);
    outbox.dispose();
  });

  it('ignores an ack for a batch it never sent, so no window gains credit it did not earn', async () => {
    const sent: Delta[] = [];
    const outbox = createOutbox((f) => sent.push(f as Delta), () => 100, vi.fn(), { window: 1, maxBatch: 1, maxQueued: 100 });
    for (let s = 1; s <= 5; s++) outbox.push(event(s));
    await tick();
    expect(sent).toHaveLength(1);
    outbox.ack(1000);
    await tick();
    expect(sent).toHaveLength(1);
    expect(outbox.inFlight).toBe(1);
    outbox.ack(1);
    await tick();
    expect(sent).toHaveLength(2);
    outbox.dispose();
  });

  it('sends what is queued at once on flushNow, within its credit, and only once', async () => {
    const sent: Delta[] = [];
    const outbox = createOutbox((f) => sent.push(f as Delta), () => 6, vi.fn(), { window: 1, maxBatch: 100, maxQueued: 100 });
    outbox.flushNow();
    expect(sent).toHaveLength(0); // nothing queued, nothing sent
    [1, 2, 3].forEach((s) => outbox.push(event(s)));
    outbox.flushNow();
    expect(sent.map((f) => f.events.map((e) => e.seq))).toEqual([[1, 2, 3]]);
    [4, 5, 6].forEach((s) => outbox.push(event(s)));
    outbox.flushNow(); // no credit left: they wait for the ack
    await tick();
    expect(sent).toHaveLength(1);
    outbox.ack(1);
    await tick();
    expect(sent.map((f) => f.events.map((e) => e.seq))).toEqual([[1, 2, 3], [4, 5, 6]]);
    expect(sent[1]!.upTo).toBe(6);
    outbox.dispose();
  });

  it('hands every window the same wire object for one logged event, so it is serialized once', async () => {
    const frames: Delta[] = [];
    const outboxes = [1, 2].map(() => createOutbox((f) => frames.push(f as Delta), () => 1, vi.fn()));
    // As the log makes it (any other event gets a wire object per window).
    const logged = CommittedEvent.create(1, 'agents:updates:acme', { kind: 'system', id: 'test' }, '{"uuid":"1"}', 5, 'agent_deleted', { uuid: '1' });
    outboxes.forEach((o) => o.push(logged));
    await tick();
    expect(frames).toHaveLength(2);
    expect(frames[0]!.events[0]).toBe(frames[1]!.events[0]);
    expect(frames[0]!.events[0]).toEqual({ seq: 1, topic: logged.topic, type: logged.type, payload: logged.payload, at: logged.at });
    outboxes.forEach((o) => o.dispose());
  });
  it('fills its byte credit and a batch exactly to the byte, and returns each acked batch its own bytes', async () => {
    const sent: Delta[] = [];
    const outbox = createOutbox((f) => sent.push(f as Delta), () => 9, vi.fn(), { window: 10, maxBatch: 2, maxQueued: 100, maxBatchBytes: 200, maxInFlightBytes: 300 });
    [100, 100, 50, 50, 200].forEach((size, i) => outbox.push(event(i + 1, size)));
    await tick();
    // 100 + 100 fill a batch to its 200 bytes; 50 + 50 then fill the credit to its 300: both limits are inclusive.
    expect(sent.map((f) => f.events.map((e) => e.seq))).toEqual([[1, 2], [3, 4]]);
    expect(outbox.queued).toBe(1);
    outbox.ack(1);
    await tick();
    // 200 bytes came back: the last event's 200 fit exactly.
    expect(sent.map((f) => f.events.map((e) => e.seq))).toEqual([[1, 2], [3, 4], [5]]);
    [90, 120].forEach((size, i) => outbox.push(event(6 + i, size)));
    outbox.ack(2); // acks batch 2 alone (1 was acked): batch 3's 200 bytes stay in flight
    await tick();
    // Credit 100: the 90 goes, the 120 waits.
    expect(sent.slice(3).map((f) => f.events.map((e) => e.seq))).toEqual([[6]]);
    outbox.ack(4);
    await tick();
    expect(sent.slice(4).map((f) => f.events.map((e) => e.seq))).toEqual([[7]]);
    outbox.dispose();
  });

  it('counts what is still queued after a partial send', async () => {
    const sent: Delta[] = [];
    const outbox = createOutbox((f) => sent.push(f as Delta), () => 9, vi.fn(), { window: 1, maxBatch: 2, maxQueued: 100 });
    for (let s = 1; s <= 5; s++) outbox.push(event(s, 10));
    await tick();
    expect([outbox.queued, outbox.queuedBytes]).toEqual([3, 30]);
    outbox.ack(1);
    await tick();
    expect([outbox.queued, outbox.queuedBytes]).toEqual([1, 10]);
    outbox.dispose();
  });

  it('overflows only past its event cap, not at it', async () => {
    const overflow = vi.fn();
    const outbox = createOutbox(vi.fn(), () => 9, overflow, { window: 1, maxBatch: 1, maxQueued: 3 });
    outbox.push(event(1)); // sent at once, then the window is full
    await tick();
    [2, 3, 4].forEach((s) => outbox.push(event(s)));
    expect(overflow).not.toHaveBeenCalled();
    expect(outbox.queued).toBe(3);
    outbox.push(event(5));
    expect(overflow).toHaveBeenCalledTimes(1);
    outbox.dispose();
  });

  it('reports how long the oldest event of each batch waited, and nothing for a batch without events', async () => {
    let now = 1000;
    const clock = vi.spyOn(performance, 'now').mockImplementation(() => now);
    const waits: number[] = [];
    const outbox = createOutbox(vi.fn(), () => 9, vi.fn(), { window: 10, maxBatch: 100, maxQueued: 100 }, (ms) => waits.push(ms));
    try {
      outbox.push(event(1));
      now = 1004;
      outbox.push(event(2));
      now = 1010;
      outbox.flushNow();
      outbox.mark();
      outbox.flushNow();
      now = 1020;
      outbox.push(event(3));
      now = 1023;
      outbox.flushNow();
      expect(waits).toEqual([10, 3]);
    } finally {
      clock.mockRestore();
      outbox.dispose();
    }
  });

  it('sends nothing once disposed, even for a mark or a push made before, or a flush asked after', async () => {
    const sent: Delta[] = [];
    const outbox = createOutbox((f) => sent.push(f as Delta), () => 9, vi.fn());
    outbox.mark();
    outbox.push(event(1));
    outbox.dispose();
    outbox.flushNow();
    outbox.push(event(2));
    outbox.mark();
    outbox.ack(0);
    await tick();
    expect(sent).toEqual([]);
    expect(outbox.queued).toBe(0);
  });

  it('sends nothing on an ack when nothing was marked or queued', async () => {
    const sent: Delta[] = [];
    const outbox = createOutbox((f) => sent.push(f as Delta), () => 9, vi.fn());
    outbox.ack(0);
    await tick();
    expect(sent).toEqual([]);
    outbox.dispose();
  });
});
