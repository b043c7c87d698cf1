/** createCoalescer: at most one publish per window however many pushes, the first at once, the last always. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCoalescer } from '../../../../../src/renderer/src/ui/live/createCoalescer';

describe('createCoalescer', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    expect(vi.getTimerCount()).toBe(0);
    vi.useRealTimers();
  });

  it('publishes the first push at once and the rest of a burst once, trailing, with the last value', () => {
    const seen: number[] = [];
    const c = createCoalescer<number>(2000, (v) => seen.push(v));
    c.push(1);
    expect(seen).toEqual([1]);
    for (let i = 2; i <= 50; i++) c.push(i);
    expect(seen).toEqual([1]);
    vi.advanceTimersByTime(1999);
    expect(seen).toEqual([1]);
    vi.advanceTimersByTime(1);
    expect(seen).toEqual([1, 50]);
    vi.advanceTimersByTime(10_000);
    expect(c.published).toBe(2);
  });

  it('1,000 pushes at random times: at most ceil(duration / window) + 1 publishes, and the final value exact', () => {
    const windowMs = 2000;
    const seen: { at: number; value: number }[] = [];
    const start = Date.now();
    const c = createCoalescer<number>(windowMs, (value) => seen.push({ at: Date.now(), value }));
    // A fixed-seed walk, so the test is the same every run.
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let i = 1; i <= 1000; i++) {
      vi.advanceTimersByTime(Math.floor(random() * 20));
      c.push(i);
    }
    const duration = Date.now() - start;
    vi.advanceTimersByTime(windowMs);
    expect(seen.at(-1)?.value).toBe(1000);
    expect(seen.length).toBeLessThanOrEqual(Math.ceil(duration / windowMs) + 1);
    expect(seen.length).toBeGreaterThanOrEqual(Math.floor(duration / windowMs));
    // Never two publishes inside one window.
    for (let i = 1; i < seen.length; i++) expect(seen[i]!.at - seen[i - 1]!.at).toBeGreaterThanOrEqual(windowMs);
  });

  it('flush publishes a waiting value now; setWindow reschedules it; dispose drops it', () => {
    const seen: string[] = [];
    const c = createCoalescer<string>(1000, (v) => seen.push(v));
    c.push('a');
    c.push('b');
    c.flush();
    expect(seen).toEqual(['a', 'b']);
    c.push('c');
    c.setWindow(5000);
    vi.advanceTimersByTime(1000);
    expect(seen).toEqual(['a', 'b']);
    vi.advanceTimersByTime(4000);
    expect(seen).toEqual(['a', 'b', 'c']);
    c.push('d');
    c.dispose();
    vi.advanceTimersByTime(10_000);
    expect(seen).toEqual(['a', 'b', 'c']);
    c.push('e');
    expect(seen).toEqual(['a', 'b', 'c']);
  });
});
