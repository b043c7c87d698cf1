/**
 * One DataTable row: its cells from the caller's columns, the caller's attributes, the live flash's tint, and its
 * place in the keyboard navigation. Memoized on the row object, so a live update re-renders only the rows it changed.
 */
import { memo, useRef, type FocusEvent, type KeyboardEvent } from 'react';
import type { DataColumn, RowAttributes } from './DataColumn';
import { useRowFlash } from './useRowFlash';

interface Props<Row> {
  row: Row;
  index: number;
  /** Set when virtualized: the row's place among all rows (the header row is 1). */
  ariaRowIndex: number | undefined;
  columns: readonly DataColumn<Row>[];
  attributes: RowAttributes | undefined;
  version: unknown;
  failedAt: number | undefined;
  isNew: boolean;
  tabbable: boolean;
  onKeyDown(event: KeyboardEvent<HTMLTableRowElement>, index: number): void;
  onFocus(event: FocusEvent<HTMLTableRowElement>, index: number): void;
}

function textOf(value: unknown): string {
  if (value === null || value === undefined) return '';
  return value instanceof Date ? value.toLocaleString() : String(value);
}

function DataTableRowImpl<Row>({ row, index, ariaRowIndex, columns, attributes, version, failedAt, isNew, tabbable, onKeyDown, onFocus }: Props<Row>) {
  const element = useRef<HTMLTableRowElement>(null);
  const tint = useRef<HTMLSpanElement>(null);
  useRowFlash(element, tint, version, failedAt, isNew);
  const { className, ...rest } = attributes ?? {};
  return (
    <tr
      {...rest}
      ref={element}
      className={className ? `ui-table-row ${className}` : 'ui-table-row'}
      data-row-index={index}
      aria-rowindex={ariaRowIndex}
      tabIndex={tabbable ? 0 : -1}
      onKeyDown={(event) => onKeyDown(event, index)}
      onFocus={(event) => onFocus(event, index)}
    >
      {columns.map((column, i) => {
        const text = column.cell ? undefined : textOf(column.sortValue?.(row));
        const own = column.cell ? column.cell(row) : <span className="ui-table-text">{text}</span>;
        // The flash's tint rides in the first cell, but covers the whole row (the row is its containing block).
        const content =
          i === 0 ? (
            <>
              <span className="ui-table-flash" aria-hidden="true" ref={tint} />
              {own}
            </>
          ) : (
            own
          );
        const props = { className: column.className, title: column.title?.(row) ?? text };
        return column.rowHeader ? (
          <th key={column.id} scope="row" {...props}>
            {content}
          </th>
        ) : (
          <td key={column.id} {...props}>
            {content}
          </td>
        );
      })}
    </tr>
  );
}

/**
 * @internal Whether a row can skip re-rendering. The caller's attributes are a fresh object each render, so they
 * compare by value; `isNew` counts only when the row mounts (its flash starts then), so it is left out.
 */
export function sameRowProps<Row>(a: Props<Row>, b: Props<Row>): boolean {
  return (
    a.row === b.row &&
    a.index === b.index &&
    a.ariaRowIndex === b.ariaRowIndex &&
    a.columns === b.columns &&
    Object.is(a.version, b.version) &&
    a.failedAt === b.failedAt &&
    a.tabbable === b.tabbable &&
    a.onKeyDown === b.onKeyDown &&
    a.onFocus === b.onFocus &&
    shallowEqual(a.attributes, b.attributes)
  );
}

function shallowEqual(a: RowAttributes | undefined, b: RowAttributes | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  const entries = Object.entries(a);
  const other = new Map(Object.entries(b));
  return entries.length === other.size && entries.every(([key, value]) => other.has(key) && Object.is(value, other.get(key)));
}

// `memo` drops the generic parameter; the assertion restores it for callers.
export const DataTableRow = memo(DataTableRowImpl, sameRowProps) as typeof DataTableRowImpl;
