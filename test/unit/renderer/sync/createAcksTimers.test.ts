/**
 * The ack timer's edges: an ack sent for a half window cancels the pause timer, a lost connection's timer never
 * fires into the next one, a new connection counts its batches from 1 however it was announced, and an ack leaves
 * at once only for a half window's worth of batches, however their handling is split across microtasks.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ACK_DELAY_MS, createAcks } from '../../../../src/renderer/src/sync/createAcks';

/** Lets every queued microtask run (the acks' flush is one). */
const drain = async () => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
};

describe('acks timers', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('cancels the pause timer once a half window is acknowledged: the batches after it wait their own full delay', async () => {
    const sent: number[] = [];
    const acks = createAcks((batch) => sent.push(batch));
    acks.connected(16); // an ack every 8 batches
    acks.applied(1); // starts the pause timer, due at ACK_DELAY_MS
    for (let batch = 2; batch <= 8; batch++) acks.applied(batch);
    await drain();
    expect(sent).toEqual([8]);

    vi.advanceTimersByTime(ACK_DELAY_MS - 5);
    acks.applied(9); // a new pause timer, due ACK_DELAY_MS from now
    vi.advanceTimersByTime(5);
    expect(sent).toEqual([8]); // the first timer was cancelled with the ack of 8
    vi.advanceTimersByTime(ACK_DELAY_MS - 6);
    expect(sent).toEqual([8]);
    vi.advanceTimersByTime(1);
    expect(sent).toEqual([8, 9]);
  });

  it('does not let a lost connection’s pause timer acknowledge the next connection’s first batch early', async () => {
    const sent: number[] = [];
    const acks = createAcks((batch) => sent.push(batch));
    acks.connected(16);
    acks.applied(3); // pause timer due at ACK_DELAY_MS
    vi.advanceTimersByTime(10);
    acks.lost();
    acks.connected(16);
    vi.advanceTimersByTime(5);
    acks.applied(1); // the new connection's own timer: due ACK_DELAY_MS from now
    vi.advanceTimersByTime(ACK_DELAY_MS - 1);
    await drain();
    expect(sent).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(sent).toEqual([1]);
  });

  it('starts counting from 1 on a new connection even without a loss reported first', async () => {
    const sent: number[] = [];
    const acks = createAcks((batch) => sent.push(batch));
    acks.connected(4); // an ack every 2 batches
    for (let batch = 1; batch <= 6; batch++) acks.applied(batch);
    await drain();
    expect(sent).toEqual([6]);

    acks.connected(4);
    acks.applied(1);
    acks.applied(2);
    await drain();
    expect(sent).toEqual([6, 2]);
  });

  it('sends an ack at once only for a half window of batches, even when a burst is handled across microtasks', async () => {
    const sent: number[] = [];
    const acks = createAcks((batch) => sent.push(batch));
    acks.connected(16); // an ack every 8 batches
    for (let batch = 1; batch <= 8; batch++) acks.applied(batch); // a half window: an ack is queued
    // Handled after that ack left, in the same turn: 7 batches, less than a half window.
    queueMicrotask(() => {
      for (let batch = 10; batch <= 16; batch++) acks.applied(batch);
    });
    acks.applied(9); // still before the queued ack leaves: it takes 9 with it
    await drain();
    expect(sent).toEqual([9]);
    vi.advanceTimersByTime(ACK_DELAY_MS);
    expect(sent).toEqual([9, 16]);
  });
});
