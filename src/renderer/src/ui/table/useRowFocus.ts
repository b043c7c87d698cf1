/**
 * Keyboard navigation of DataTable rows with a roving tabindex: one row is tabbable, the arrow keys, Home, End,
 * PageUp and PageDown move focus (scrolling a virtualized table first, then focusing once the row is rendered),
 * and Enter activates the row. The focused row is remembered by id, so it stays put when rows reorder.
 */
import { useCallback, useLayoutEffect, useRef, useState, type FocusEvent, type KeyboardEvent, type RefObject } from 'react';
import { moveIndex } from './moveIndex';

interface Options {
  ids: readonly string[];
  bodyRef: RefObject<HTMLTableSectionElement | null>;
  scrollRef: RefObject<HTMLElement | null>;
  rowHeight: number;
  scrollToIndex(index: number): void;
  onActivate?: ((index: number) => void) | undefined;
}

export function useRowFocus({ ids, bodyRef, scrollRef, rowHeight, scrollToIndex, onActivate }: Options) {
  const [activeId, setActiveId] = useState<string | null>(null);
  const found = activeId === null ? -1 : ids.indexOf(activeId);
  const activeIndex = found === -1 ? 0 : found;
  const pendingFocus = useRef<string | null>(null);
  const latest = useRef({ ids, onActivate, scrollToIndex, rowHeight });
  useLayoutEffect(() => {
    latest.current = { ids, onActivate, scrollToIndex, rowHeight };
  });

  const focusRow = useCallback(
    (index: number): boolean => {
      const row = bodyRef.current?.querySelector(`tr[data-row-index="${index}"]`);
      if (!(row instanceof HTMLElement)) return false;
      row.focus();
      return true;
    },
    [bodyRef],
  );

  // A key moved focus to a row the virtualized table had not rendered: focus it once it is (or forget it, if the
  // row has gone meanwhile).
  useLayoutEffect(() => {
    const id = pendingFocus.current;
    if (id === null) return;
    const index = ids.indexOf(id);
    if (index === -1 || focusRow(index)) pendingFocus.current = null;
  });

  const onRowKeyDown = useCallback(
    (event: KeyboardEvent<HTMLTableRowElement>, index: number) => {
      // Keys typed in a control inside the row (a button, a confirmation) belong to that control.
      if (event.target !== event.currentTarget) return;
      const { ids: order, onActivate: activate, scrollToIndex: scrollTo, rowHeight: height } = latest.current;
      if (event.key === 'Enter') {
        if (activate) {
          event.preventDefault();
          activate(index);
        }
        return;
      }
      const viewport = scrollRef.current?.clientHeight ?? 0;
      // A page is the rows that fit in the viewport, less the sticky header's row and one kept in sight for context.
      const next = moveIndex(index, event.key, order.length, Math.floor(viewport / height) - 2);
      const id = next === null ? undefined : order[next];
      if (next === null || id === undefined) return;
      event.preventDefault();
      if (next === index) return;
      setActiveId(id);
      scrollTo(next);
      if (!focusRow(next)) pendingFocus.current = id;
    },
    [scrollRef, focusRow],
  );

  const onRowFocus = useCallback((event: FocusEvent<HTMLTableRowElement>, index: number) => {
    // Focus landing in the row or a control inside it makes that row the tabbable one.
    const id = latest.current.ids[index];
    if (id !== undefined && event.currentTarget.contains(event.target)) setActiveId(id);
  }, []);

  return { activeIndex, onRowKeyDown, onRowFocus };
}
