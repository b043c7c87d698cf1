/** Campaign broadcast batching: one message per marketer per window, carrying every campaign that changed in it. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBroadcastBatcher } from '../../../../src/main/contexts/campaigns/createBroadcastBatcher';

let sent: [string, number[]][];
const send = (marketer: string, ids: number[]) => void sent.push([marketer, ids]);

beforeEach(() => {
  sent = [];
  vi.useFakeTimers();
});
afterEach(() => vi.useRealTimers());

describe('createBroadcastBatcher', () => {
  it('sends each marketer’s changes once its window, opened by the first change, closes', () => {
    const batcher = createBroadcastBatcher(100, send);
    batcher.changed('m1', 1);
    vi.advanceTimersByTime(60);
    batcher.changed('m1', 2);
    batcher.changed('m1', 1);
    batcher.changed('m2', 7);
    vi.advanceTimersByTime(39);
    expect(sent).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(sent).toEqual([['m1', [1, 2]]]);
    vi.advanceTimersByTime(60);
    expect(sent).toEqual([
      ['m1', [1, 2]],
      ['m2', [7]],
    ]);
    batcher.changed('m1', 3);
    vi.advanceTimersByTime(100);
    expect(sent.at(-1)).toEqual(['m1', [3]]);
    expect(batcher.stats()).toEqual({ batches: 3, changes: 5 });
    batcher.dispose();
  });

  it('flush sends every open window now, and its timer then sends nothing more', () => {
    const batcher = createBroadcastBatcher(100, send);
    batcher.flush();
    batcher.changed('m1', 1);
    batcher.changed('m2', 2);
    batcher.flush();
    expect(sent).toEqual([
      ['m1', [1]],
      ['m2', [2]],
    ]);
    vi.advanceTimersByTime(500);
    expect(sent).toHaveLength(2);
    expect(batcher.stats()).toEqual({ batches: 2, changes: 2 });
  });

  it('without a window sends each change on its own, after the current task', async () => {
    const batcher = createBroadcastBatcher(0, send);
    batcher.changed('m1', 1);
    batcher.changed('m1', 2);
    expect(sent).toEqual([]);
    await Promise.resolve();
    expect(sent).toEqual([
      ['m1', [1]],
      ['m1', [2]],
    ]);
    expect(batcher.stats()).toEqual({ batches: 2, changes: 2 });
  });

  it('dispose drops open windows unsent', () => {
    const batcher = createBroadcastBatcher(100, send);
    batcher.changed('m1', 1);
    batcher.dispose();
    vi.advanceTimersByTime(500);
    batcher.flush();
    expect(sent).toEqual([]);
  });
});
