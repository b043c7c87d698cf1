/**
 * The shared data table: sortable (TanStack Table v9's sort state and headers, rows ordered by sortRows), filtered
 * by the caller's text, fixed column widths, a sticky header, keyboard row navigation, live-row flashes, an order
 * that holds still under the pointer, and row virtualization beyond a threshold (TanStack Virtual) with spacer rows,
 * so it stays one real `<table>`.
 */
import { useTable, type SortingState } from '@tanstack/react-table';
import { useMemo, useRef, useState, type CSSProperties, type ReactNode } from 'react';
import type { DataColumn, Noun, RowAttributes, SortDirection } from './DataColumn';
import { DataTableHead } from './DataTableHead';
import { DataTableRow } from './DataTableRow';
import { filterRows, rowMatcher, type RowMatcher } from './filterRows';
import { defaultVirtualizeAbove } from './rowWindow';
import { createRowSorter, type SortedRows } from './sortRows';
import { dataTableFeatures, tableColumnDefs } from './tableColumnDefs';
import { useHoverFreeze } from './useHoverFreeze';
import { useRowFocus } from './useRowFocus';
import { useRowWindow } from './useRowWindow';
import { useSeenIds } from './useSeenIds';
import './dataTable.css';

/** Props of DataTable; define `columns` (and `matches`) at module scope or memoize them. */
export interface DataTableProps<Row extends object> {
  rows: readonly Row[];
  columns: readonly DataColumn<Row>[];
  getRowId(row: Row): string;
  /** The filter box's text; the caller owns it (see TableFilter). */
  filter?: string;
  /** Whether a row matches the filter (`needle` trimmed, lower-cased). Default: the columns' `filterText`. */
  matches?: RowMatcher<Row>;
  noun: Noun;
  initialSort?: { columnId: string; dir: SortDirection };
  /** A value that changes whenever the row changed live (e.g. `updatedAt`); a change flashes the row. */
  rowVersion?(row: Row): unknown;
  /** When an optimistic write of the row rolled back; a new value flashes the row red. */
  failedAt?(row: Row): number | undefined;
  rowProps?(row: Row): RowAttributes;
  /** Enter on a focused row. */
  onRowActivate?(row: Row): void;
  /** Shown when there are no rows at all: say what would fill the table and how. */
  empty: ReactNode;
  testId?: string;
  /** The table's accessible name (visually hidden); the current sort is appended. */
  caption: string;
  /** Virtualize beyond this many rows. */
  virtualizeAbove?: number;
  /** Row height in px; the CSS keeps every row exactly this tall, which virtualization relies on. */
  rowHeight?: number;
  className?: string;
}

const noVersion = () => undefined;
// TanStack only reads it (it is never written): one empty list for every table.
const noRows: never[] = [];

/**
 * The row at a position of `ids`: by position while the order is the sorted one, through an id map (built once,
 * when first needed) while the pointer holds an older order.
 */
function useRowLookup<Row>(sorted: SortedRows<Row>, ids: readonly string[]): (index: number) => Row | undefined {
  return useMemo(() => {
    if (ids === sorted.ids) return (index: number) => sorted.rows[index];
    let byId: Map<string, Row> | undefined;
    return (index: number) => {
      byId ??= new Map(sorted.ids.map((id, i) => [id, sorted.rows[i]!]));
      return byId.get(ids[index] ?? '');
    };
  }, [sorted, ids]);
}

export function DataTable<Row extends object>(props: DataTableProps<Row>) {
  const { rows, columns, getRowId, filter = '', noun, initialSort, rowVersion = noVersion, failedAt, rowProps, onRowActivate } = props;
  const { rowHeight = 30, virtualizeAbove = defaultVirtualizeAbove, testId } = props;
  const [sorting, setSorting] = useState<SortingState>(() => (initialSort ? [{ id: initialSort.columnId, desc: initialSort.dir === 'desc' }] : []));
  const scrollRef = useRef<HTMLDivElement>(null);
  const bodyRef = useRef<HTMLTableSectionElement>(null);

  const matcher = useMemo(() => props.matches ?? rowMatcher(columns), [props.matches, columns]);
  // The filter runs before the table: it is the caller's rule over whole rows, not a per-column TanStack filter.
  const shown = useMemo(() => filterRows(rows, filter, matcher), [rows, filter, matcher]);
  const columnDefs = useMemo(() => tableColumnDefs(columns), [columns]);
  // TanStack keeps the sort state and the header's toggles; the rows are ordered by sortRows, in the same order,
  // without the row model it would rebuild on every update of a live view (see sortRows).
  const table = useTable({
    features: dataTableFeatures,
    columns: columnDefs,
    data: noRows,
    state: { sorting },
    onSortingChange: setSorting,
    enableSortingRemoval: false,
    enableMultiSort: false,
  });
  const sortedColumn = columns.find((c) => c.id === sorting[0]?.id);
  const [sortRows] = useState(createRowSorter<Row>);
  const sorted = useMemo(() => sortRows(shown, sortedColumn, sorting[0]?.desc ?? false, getRowId), [sortRows, shown, sortedColumn, sorting, getRowId]);
  const sortKey = sorting.map((s) => `${s.id}:${s.desc ? 'desc' : 'asc'}`).join(',');
  const { ids, bodyProps } = useHoverFreeze(sorted.ids, sortKey);
  const rowAt = useRowLookup(sorted, ids);
  // Unfiltered, the sorted ids are every row's (the set is what counts, not the order).
  const allIds = useMemo(() => (shown === rows ? sorted.ids : rows.map(getRowId)), [shown, rows, sorted, getRowId]);
  const isNew = useSeenIds(allIds);

  const { window: win, scrollToIndex } = useRowWindow(scrollRef, ids.length, { rowHeight, threshold: virtualizeAbove, overscan: 10 });
  const activate = (index: number) => {
    const row = rowAt(index);
    if (row && onRowActivate) onRowActivate(row);
  };
  const focus = useRowFocus({ ids, bodyRef, scrollRef, rowHeight, scrollToIndex, onActivate: onRowActivate && activate });
  const tabbable = focus.activeIndex >= win.start && focus.activeIndex < win.end ? focus.activeIndex : win.start;

  const caption = sortedColumn ? `${props.caption}, sorted by ${sortedColumn.header} ${sorting[0]?.desc ? 'descending' : 'ascending'}` : props.caption;
  // The CSS sizes rows from this, so the virtualizer's arithmetic and the layout agree.
  const style: CSSProperties & Record<'--ui-table-row-h', string> = { '--ui-table-row-h': `${rowHeight}px` };
  const virtualized = ids.length > win.end - win.start;
  const spacer = (height: number) =>
    height > 0 && (
      <tr className="ui-table-spacer" aria-hidden="true" style={{ height }}>
        <td colSpan={columns.length} />
      </tr>
    );

  return (
    <div className={props.className ? `ui-table-scroll ${props.className}` : 'ui-table-scroll'} ref={scrollRef} style={style}>
      <table className="ui-table" data-testid={testId} aria-rowcount={virtualized ? ids.length + 1 : undefined}>
        <caption className="visually-hidden">{caption}</caption>
        <DataTableHead columns={columns} headers={table.getHeaderGroups()[0]?.headers ?? []} />
        <tbody ref={bodyRef} {...bodyProps}>
          {spacer(win.above)}
          {ids.slice(win.start, win.end).map((id, offset) => {
            const index = win.start + offset;
            const row = rowAt(index);
            if (!row) return null;
            return (
              <DataTableRow
                key={id}
                row={row}
                index={index}
                ariaRowIndex={virtualized ? index + 2 : undefined}
                columns={columns}
                attributes={rowProps?.(row)}
                version={rowVersion(row)}
                failedAt={failedAt?.(row)}
                isNew={isNew(id)}
                tabbable={index === tabbable}
                onKeyDown={focus.onRowKeyDown}
                onFocus={focus.onRowFocus}
              />
            );
          })}
          {spacer(win.below)}
          {ids.length === 0 && (
            <tr className="ui-table-empty-row">
              <td colSpan={columns.length} className="ui-table-empty" data-testid={testId && `${testId}-empty`} data-reason={rows.length === 0 ? 'none' : 'filtered'}>
                {rows.length === 0 ? props.empty : `No ${noun.other} match “${filter.trim()}”.`}
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
