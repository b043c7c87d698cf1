/**
 * DataTable's virtualization: TanStack Virtual over the table's own scroll wrapper, switched on only beyond the
 * threshold. Rows have one fixed height (dense rows, text cut rather than wrapped), so nothing needs measuring.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, type RefObject } from 'react';
import { fullWindow, rowWindow, shouldVirtualize, type RowWindow } from './rowWindow';

/**
 * The virtualizer's geometry for `count` rows under a sticky header as tall as one row: the margin places row 0
 * below the header, and the scroll padding keeps a row scrolled to from hiding under it.
 */
export function rowVirtualizerOptions(count: number, rowHeight: number, overscan: number) {
  return {
    count,
    estimateSize: () => rowHeight,
    overscan,
    scrollMargin: rowHeight,
    scrollPaddingStart: rowHeight,
  };
}

export interface RowWindowState {
  window: RowWindow;
  virtualized: boolean;
  /** Brings a row into view; below the threshold focusing the row does that already. */
  scrollToIndex(index: number): void;
}

export function useRowWindow(
  scrollRef: RefObject<HTMLElement | null>,
  count: number,
  { rowHeight, threshold, overscan }: { rowHeight: number; threshold: number; overscan: number },
): RowWindowState {
  const virtualized = shouldVirtualize(count, threshold);
  const virtualizer = useVirtualizer<HTMLElement, HTMLTableRowElement>({
    ...rowVirtualizerOptions(virtualized ? count : 0, rowHeight, overscan),
    getScrollElement: () => scrollRef.current,
    enabled: virtualized,
  });
  const items = virtualizer.getVirtualItems();
  const scrollToIndex = useCallback(
    (index: number) => {
      if (virtualized) virtualizer.scrollToIndex(index);
    },
    [virtualized, virtualizer],
  );
  return {
    window: virtualized ? rowWindow(items[0]?.index ?? 0, items.at(-1)?.index ?? -1, count, rowHeight) : fullWindow(count),
    virtualized,
    scrollToIndex,
  };
}
