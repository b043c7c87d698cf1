/**
 * The virtualization decision: every row up to the threshold, and beyond it only the virtualizer's window (with
 * the DataTable's own options), spacers standing in for the rest.
 */
import { Virtualizer } from '@tanstack/react-virtual';
import { describe, expect, it } from 'vitest';
import { defaultVirtualizeAbove, fullWindow, rowWindow, shouldVirtualize } from '../../../../../src/renderer/src/ui/table/rowWindow';
import { rowVirtualizerOptions } from '../../../../../src/renderer/src/ui/table/useRowWindow';

function rangeAt(count: number, scrollTop: number, viewport: number) {
  const virtualizer = new Virtualizer<HTMLElement, HTMLTableRowElement>({
    ...rowVirtualizerOptions(count, 30, 10),
    getScrollElement: () => null,
    scrollToFn: () => undefined,
    observeElementRect: () => undefined,
    observeElementOffset: () => undefined,
    initialRect: { width: 800, height: viewport },
    initialOffset: scrollTop,
  });
  const items = virtualizer.getVirtualItems();
  return { first: items[0]?.index ?? 0, last: items.at(-1)?.index ?? -1, rendered: items.length };
}

describe('shouldVirtualize', () => {
  it('renders every row up to the threshold (200 by default)', () => {
    expect(defaultVirtualizeAbove).toBe(200);
    expect(shouldVirtualize(200, defaultVirtualizeAbove)).toBe(false);
    expect(shouldVirtualize(201, defaultVirtualizeAbove)).toBe(true);
    expect(fullWindow(150)).toEqual({ start: 0, end: 150, above: 0, below: 0 });
  });
});

describe('rowWindow', () => {
  it('turns an inclusive range into rendered rows plus spacer heights', () => {
    expect(rowWindow(10, 19, 100, 30)).toEqual({ start: 10, end: 20, above: 300, below: 2400 });
    expect(rowWindow(0, 99, 100, 30)).toEqual({ start: 0, end: 100, above: 0, below: 0 });
    expect(rowWindow(0, -1, 5, 30)).toEqual({ start: 0, end: 0, above: 0, below: 150 });
  });
});

describe('the virtualizer with DataTable options', () => {
  it('renders only a window of 10,000 rows: the viewport plus overscan', () => {
    // 600px viewport, scrolled so row 3000 is right under the 30px sticky header.
    const { first, last, rendered } = rangeAt(10_000, 30 + 3000 * 30, 600);
    expect(rendered).toBeLessThan(60);
    expect(first).toBeGreaterThanOrEqual(3000 - 10);
    expect(first).toBeLessThan(3000);
    expect(last).toBeGreaterThanOrEqual(3000 + 18);
    const win = rowWindow(first, last, 10_000, 30);
    // Spacers plus rendered rows are exactly as tall as every row would be.
    expect(win.above + (win.end - win.start) * 30 + win.below).toBe(10_000 * 30);
  });

  it('starts at the top', () => {
    const { first, rendered } = rangeAt(10_000, 0, 600);
    expect(first).toBe(0);
    expect(rendered).toBeLessThan(40);
  });
});
