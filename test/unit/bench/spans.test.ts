import { describe, expect, it } from 'vitest';
import { indexSpans, longestHundredth, overlapsAny, spanLengths } from '../../../bench/support/spans';

describe('overlapsAny: whether a span (a GC pause, a render) overlapped an event\'s way in', () => {
  it('finds a pause that overlaps the window at either end or lies inside it, and none that lies outside', () => {
    const spans = indexSpans([10, 12, 30, 31]);
    expect(overlapsAny(spans, 11, 20)).toBe(true); // the window starts inside a pause
    expect(overlapsAny(spans, 5, 10)).toBe(true); // ends as one starts
    expect(overlapsAny(spans, 29, 40)).toBe(true); // a pause inside the span
    expect(overlapsAny(spans, 13, 29)).toBe(false); // between pauses
    expect(overlapsAny(spans, 0, 9)).toBe(false); // before all
    expect(overlapsAny(spans, 32, 50)).toBe(false); // after all
  });

  it('finds a long pause that began before shorter, later ones', () => {
    // Pairs arrive unsorted; the long first pause still covers 40..45 though two pauses start after it.
    const spans = indexSpans([20, 21, 0, 100, 30, 31]);
    expect(overlapsAny(spans, 40, 45)).toBe(true);
    expect(overlapsAny(indexSpans([20, 21, 0, 10, 30, 31]), 40, 45)).toBe(false);
  });

  it('agrees with a scan of every pause on random pauses and windows', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31) * 1000;
    for (let round = 0; round < 200; round++) {
      const list: number[] = [];
      for (let i = 0; i < 20; i++) {
        const start = random();
        list.push(start, start + random() / 20);
      }
      const spans = indexSpans(list);
      const from = random();
      const to = from + random() / 10;
      let scanned = false;
      for (let i = 0; i < list.length; i += 2) if (list[i]! <= to && list[i + 1]! >= from) scanned = true;
      expect(overlapsAny(spans, from, to)).toBe(scanned);
    }
  });
});

describe('spanLengths and longestHundredth', () => {
  it('measures each span in order', () => {
    expect(spanLengths([1, 4, 10, 10.5, 3, 3])).toEqual([3, 0.5, 0]);
  });

  it('names the longest 1% of spans, longest first, and at least one', () => {
    // 200 spans of lengths 0..199: the longest 1% are the two last.
    const list = Array.from({ length: 200 }, (_, i) => [1000, 1000 + i]).flat();
    expect(longestHundredth(list)).toEqual([199, 198]);
    expect(longestHundredth([0, 5, 0, 9, 0, 1])).toEqual([1]);
  });
});
