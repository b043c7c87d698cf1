/**
 * The shared table for a live, windowed query: `total` rows of which only those around the viewport are loaded
 * (`rowAt` answers undefined for the others, drawn as placeholder rows), always virtualized (TanStack Virtual, the
 * spacer rows and row height of DataTable), sorted by the caller (`onSort` on a header click) and told which rows
 * the viewport shows (`onRange`), so it can fetch them. Rows render with DataTable's own row, flashes included.
 */
import { useCallback, useEffect, useRef, useState, type CSSProperties, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';
import type { DataColumn, Noun, RowAttributes, SortDirection } from './DataColumn';
import { DataTableRow } from './DataTableRow';
import { useRowWindow } from './useRowWindow';
import { WindowedTableHead } from './WindowedTableHead';
import './dataTable.css';

export interface WindowedTableProps<Row extends object> {
  /** How many rows the query matched (sizes the scrollbar). */
  total: number;
  /** The loaded row at `index`, or undefined while its page is on its way. */
  rowAt(index: number): Row | undefined;
  columns: readonly DataColumn<Row>[];
  getRowId(row: Row): string;
  sort: { columnId: string; dir: SortDirection } | undefined;
  onSort(columnId: string, dir: SortDirection): void;
  /** The rows the viewport shows now, `start` to `end` (exclusive), overscan included. */
  onRange(start: number, end: number): void;
  /** A click on a row (not on a link or button inside it). */
  onRowClick?(row: Row): void;
  rowVersion?(row: Row): unknown;
  rowProps?(row: Row): RowAttributes;
  noun: Noun;
  empty: ReactNode;
  caption: string;
  testId?: string;
  rowHeight?: number;
  className?: string;
  /** Changes when the query does: the table scrolls back to the top. */
  resetKey?: string;
}

const noVersion = () => undefined;
const steps: Readonly<Record<string, number>> = { ArrowDown: 1, ArrowUp: -1, PageDown: 20, PageUp: -20 };

export function WindowedTable<Row extends object>(props: WindowedTableProps<Row>) {
  const { total, rowAt, columns, getRowId, sort, onSort, onRange, onRowClick, rowVersion = noVersion, rowProps, noun, testId, rowHeight = 30 } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const { window: win, scrollToIndex } = useRowWindow(scrollRef, total, { rowHeight, threshold: 0, overscan: 20 });
  const [active, setActive] = useState(0);
  const tabbable = active >= win.start && active < win.end ? active : win.start;

  // Arrow keys move between rows (scrolling the next one into view, loaded or not), Enter opens a loaded one.
  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLTableRowElement>, index: number) => {
      const step = steps[event.key];
      if (step !== undefined) {
        event.preventDefault();
        const next = Math.max(0, Math.min(total - 1, index + step));
        setActive(next);
        scrollToIndex(next);
        requestAnimationFrame(() => scrollRef.current?.querySelector<HTMLElement>(`tr[data-row-index="${next}"]`)?.focus());
      } else if (event.key === 'Enter' && event.target === event.currentTarget) {
        const row = rowAt(index);
        if (row && onRowClick) onRowClick(row);
      }
    },
    [total, scrollToIndex, rowAt, onRowClick],
  );
  const onFocus = useCallback((_event: unknown, index: number) => setActive(index), []);

  useEffect(() => onRange(win.start, win.end), [onRange, win.start, win.end]);
  useEffect(() => {
    scrollRef.current?.scrollTo?.({ top: 0 });
  }, [props.resetKey]);

  const click = (event: MouseEvent<HTMLTableSectionElement>) => {
    if (!onRowClick || !(event.target instanceof Element) || event.target.closest('a, button, input')) return;
    const index = Number(event.target.closest('tr')?.getAttribute('data-row-index'));
    const row = Number.isInteger(index) ? rowAt(index) : undefined;
    if (row) onRowClick(row);
  };

  const style: CSSProperties & Record<'--ui-table-row-h', string> = { '--ui-table-row-h': `${rowHeight}px` };
  const caption = sort ? `${props.caption}, sorted by ${columns.find((c) => c.id === sort.columnId)?.header ?? sort.columnId} ${sort.dir === 'desc' ? 'descending' : 'ascending'}` : props.caption;
  const spacer = (height: number) =>
    height > 0 && (
      <tr className="ui-table-spacer" aria-hidden="true" style={{ height }}>
        <td colSpan={columns.length} />
      </tr>
    );
  const indexes = Array.from({ length: Math.max(0, win.end - win.start) }, (_, i) => win.start + i);

  return (
    <div className={props.className ? `ui-table-scroll ${props.className}` : 'ui-table-scroll'} ref={scrollRef} style={style}>
      <table className="ui-table" data-testid={testId} data-total={total} aria-rowcount={total + 1}>
        <caption className="visually-hidden">{caption}</caption>
        <WindowedTableHead columns={columns} sort={sort} onSort={onSort} />
        <tbody onClick={click} className={onRowClick ? 'ui-table-clickable' : undefined}>
          {spacer(win.above)}
          {indexes.map((index) => {
            const row = rowAt(index);
            if (!row) {
              return (
                <tr
                  key={`placeholder-${index}`}
                  className="ui-table-row ui-table-placeholder"
                  data-row-index={index}
                  aria-rowindex={index + 2}
                  aria-busy="true"
                  tabIndex={index === tabbable ? 0 : -1}
                  onKeyDown={(event) => onKeyDown(event, index)}
                  onFocus={() => setActive(index)}
                >
                  <td colSpan={columns.length}>
                    <span className="ui-table-text muted">Loading…</span>
                  </td>
                </tr>
              );
            }
            return (
              <DataTableRow
                key={getRowId(row)}
                row={row}
                index={index}
                ariaRowIndex={index + 2}
                columns={columns}
                attributes={rowProps?.(row)}
                version={rowVersion(row)}
                failedAt={undefined}
                isNew={false}
                tabbable={index === tabbable}
                onKeyDown={onKeyDown}
                onFocus={onFocus}
              />
            );
          })}
          {spacer(win.below)}
          {total === 0 && (
            <tr className="ui-table-empty-row">
              <td colSpan={columns.length} className="ui-table-empty" data-testid={testId && `${testId}-empty`}>
                {props.empty ?? `No ${noun.other}.`}
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
