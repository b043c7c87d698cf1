/**
 * DataTable's bridge to TanStack Table v9: the features it registers (sorting only; the filter runs before the
 * table, see filterRows) and the column defs built from DataColumns. Sorting is stable: equal values fall back to
 * the row id, and blanks stay last in both directions. DataTable keeps TanStack for the sort state and the headers
 * and orders its rows with sortRows; these defs' accessors and sort functions are the reference sortRows is tested
 * against (TanStack's sorted row model over them).
 */
import { createSortedRowModel, rowSortingFeature, tableFeatures, type ColumnDef, type Row } from '@tanstack/react-table';
import { compareIds, compareValues, toSortValue } from './compareValues';
import type { DataColumn, SortValue } from './DataColumn';

export const dataTableFeatures = tableFeatures({ rowSortingFeature, sortedRowModel: createSortedRowModel() });

type Features = typeof dataTableFeatures;

/** A TanStack column def of a DataTable; its accessor yields the column's sort value. */
export type DataTableColumnDef<Row extends object> = ColumnDef<Features, Row, unknown>;

const sortValueOf = <R extends object>(row: Row<Features, R>, columnId: string): SortValue => toSortValue(row.getValue(columnId));

export function tableColumnDefs<R extends object>(columns: readonly DataColumn<R>[]): DataTableColumnDef<R>[] {
  return columns.map((column): DataTableColumnDef<R> => {
    const { compare, sortValue } = column;
    if (!compare && !sortValue) return { id: column.id, header: column.header, enableSorting: false };
    return {
      id: column.id,
      header: column.header,
      // `null` becomes undefined so TanStack's `sortUndefined: 'last'` keeps blanks last in both directions. A
      // compare-only column yields the row itself, which is never undefined.
      accessorFn: (row) => (sortValue ? (sortValue(row) ?? undefined) : row),
      sortUndefined: sortValue && !compare ? 'last' : false,
      sortDescFirst: column.firstDir === 'desc',
      sortFn: (a, b, columnId) =>
        (compare ? compare(a.original, b.original) : compareValues(sortValueOf(a, columnId), sortValueOf(b, columnId))) || compareIds(a.id, b.id),
    };
  });
}
