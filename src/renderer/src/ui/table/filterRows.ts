/**
 * The table filter: which rows match the text in the filter box. A caller passes its own `matches`, or the
 * columns' `filterText` accessors are searched. Pure, so counts and tests use the same rule as the table.
 */
import type { DataColumn } from './DataColumn';

/** Whether a row matches the filter; `needle` is already trimmed and lower-cased, never empty. */
export type RowMatcher<Row> = (row: Row, needle: string) => boolean;

/** The filter box's text as the matchers see it: trimmed and lower-cased ('' means no filter). */
export const toNeedle = (filter: string): string => filter.trim().toLowerCase();

/** Searches each column's `filterText`, or, for columns without one, its text `sortValue`. */
export function rowMatcher<Row>(columns: readonly DataColumn<Row>[]): RowMatcher<Row> {
  const texts = columns.flatMap((column) => {
    if (column.filterText) return [column.filterText];
    const value = column.sortValue;
    if (!value) return [];
    return [(row: Row) => {
      const v = value(row);
      return typeof v === 'string' || typeof v === 'number' ? String(v) : undefined;
    }];
  });
  return (row, needle) => texts.some((text) => (text(row) ?? '').toLowerCase().includes(needle));
}

export function filterRows<Row>(rows: readonly Row[], filter: string, matches: RowMatcher<Row>): readonly Row[] {
  const needle = toNeedle(filter);
  return needle ? rows.filter((row) => matches(row, needle)) : rows;
}
