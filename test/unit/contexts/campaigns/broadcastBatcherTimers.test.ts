/**
 * The batcher's window timers: a window closed early (flush) takes its timer with it, so a window opened after it
 * runs its full length; an open window never keeps the process alive; dispose leaves no timer behind.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBroadcastBatcher } from '../../../../src/main/contexts/campaigns/createBroadcastBatcher';

let sent: [string, number[]][];
const send = (marketer: string, ids: number[]) => void sent.push([marketer, ids]);

beforeEach(() => {
  sent = [];
  vi.useFakeTimers();
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('createBroadcastBatcher timers', () => {
  it('a flushed window’s timer is cleared: the next window still lasts its full length', () => {
    const batcher = createBroadcastBatcher(100, send);
    batcher.changed('m1', 1);
    vi.advanceTimersByTime(50);
    batcher.flush();
    expect(vi.getTimerCount()).toBe(0);
    batcher.changed('m1', 2);
    // The flushed window would have closed at 100; the new one opened at 50 closes at 150.
    vi.advanceTimersByTime(99);
    expect(sent).toEqual([['m1', [1]]]);
    vi.advanceTimersByTime(1);
    expect(sent).toEqual([
      ['m1', [1]],
      ['m1', [2]],
    ]);
    batcher.dispose();
  });

  it('an open window does not keep the process alive', () => {
    const setTimeoutSpy = vi.spyOn(globalThis, 'setTimeout');
    const batcher = createBroadcastBatcher(100, send);
    batcher.changed('m1', 1);
    expect(setTimeoutSpy).toHaveBeenCalledTimes(1);
    expect((setTimeoutSpy.mock.results[0]!.value as NodeJS.Timeout).hasRef()).toBe(false);
    batcher.dispose();
  });

  it('dispose clears every open window’s timer', () => {
    const batcher = createBroadcastBatcher(100, send);
    batcher.changed('m1', 1);
    batcher.changed('m2', 2);
    expect(vi.getTimerCount()).toBe(2);
    batcher.dispose();
    expect(vi.getTimerCount()).toBe(0);
  });
});
