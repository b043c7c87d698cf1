/**
 * Which rows a DataTable renders: all of them up to the threshold (so screen readers and e2e tests see every
 * row), else the virtualizer's window, with spacer rows standing in for the rest so the table keeps its height.
 * Pure; useRowWindow feeds it the virtualizer's range.
 */

/** Rows beyond this count are virtualized unless the caller says otherwise. */
export const defaultVirtualizeAbove = 200;

export interface RowWindow {
  /** First rendered index. */
  start: number;
  /** One past the last rendered index. */
  end: number;
  /** Heights of the spacer rows standing in for the rows above and below the window. */
  above: number;
  below: number;
}

export function shouldVirtualize(count: number, threshold: number): boolean {
  return count > threshold;
}

/** The window for rendered indexes `first..last` (inclusive) of `count` rows of `rowHeight` px. */
export function rowWindow(first: number, last: number, count: number, rowHeight: number): RowWindow {
  if (count <= 0 || last < first) return { start: 0, end: 0, above: 0, below: count * rowHeight };
  const start = Math.max(0, first);
  const end = Math.min(count, last + 1);
  return { start, end, above: start * rowHeight, below: (count - end) * rowHeight };
}

/** All rows, no spacers: the table below the threshold. */
export const fullWindow = (count: number): RowWindow => ({ start: 0, end: count, above: 0, below: 0 });

