import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ACK_DELAY_MS, createAcks } from '../../../../src/renderer/src/sync/createAcks';

describe('acks', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('without a window from the host, acknowledges batches handled in one go once, with the newest, before the next turn', async () => {
    const sent: number[] = [];
    const acks = createAcks((batch) => sent.push(batch));
    acks.connected(undefined);
    [1, 2, 3].forEach((batch) => acks.applied(batch));
    expect(sent).toEqual([]); // not while the burst is still being handled
    await Promise.resolve();
    expect(sent).toEqual([3]);
    acks.applied(4);
    await Promise.resolve();
    expect(sent).toEqual([3, 4]);
  });

  it('with a window of 16, acknowledges every 8 batches at once and the rest once the stream pauses', async () => {
    const sent: number[] = [];
    const acks = createAcks((batch) => sent.push(batch));
    acks.connected(16);
    for (let batch = 1; batch <= 7; batch++) acks.applied(batch);
    await Promise.resolve();
    expect(sent).toEqual([]);
    acks.applied(8);
    await Promise.resolve();
    expect(sent).toEqual([8]); // half the window: the host still has 8 batches of credit
    for (let batch = 9; batch <= 11; batch++) acks.applied(batch);
    await Promise.resolve();
    vi.advanceTimersByTime(ACK_DELAY_MS - 1);
    expect(sent).toEqual([8]);
    vi.advanceTimersByTime(1);
    expect(sent).toEqual([8, 11]);
    vi.advanceTimersByTime(10 * ACK_DELAY_MS);
    expect(sent).toEqual([8, 11]);
  });

  it('forgets a lost connection: nothing due on it is sent, and the next one counts from 1', async () => {
    const sent: number[] = [];
    const acks = createAcks((batch) => sent.push(batch));
    acks.connected(16);
    acks.applied(3);
    acks.applied(8);
    acks.lost();
    await Promise.resolve();
    vi.advanceTimersByTime(10 * ACK_DELAY_MS);
    expect(sent).toEqual([]);
    acks.connected(4);
    acks.applied(1);
    acks.applied(2);
    await Promise.resolve();
    expect(sent).toEqual([2]);
  });
});
