/**
 * A DataTable's rows in the order of its sorted column: the order TanStack's sorted row model gives for the column
 * defs of tableColumnDefs (blanks last both ways, ties by row id; blanks among themselves by id, where TanStack
 * would keep them as they arrived), reached without its row model. That model
 * builds a Row with two dictionaries for every row whenever the data changes, and a live view's data changes with
 * every update: for 10,000 agents it was most of each render. Here each row's sort value is read once, and rows
 * already in order (as the host sends them) cost one comparison each. Pure.
 */
import { compareIds, compareValues, toSortValue } from './compareValues';
import type { DataColumn, SortValue } from './DataColumn';

interface Keyed<Row> {
  readonly row: Row;
  readonly id: string;
  readonly value: SortValue;
}

export interface SortedRows<Row> {
  readonly rows: readonly Row[];
  readonly ids: readonly string[];
}

export function sortRows<Row extends object>(
  rows: readonly Row[],
  column: DataColumn<Row> | undefined,
  desc: boolean,
  idOf: (row: Row) => string,
): SortedRows<Row> {
  const { compare, sortValue } = column ?? {};
  if (!compare && !sortValue) return { rows, ids: rows.map(idOf) };
  const sign = desc ? -1 : 1;
  const keyed: Keyed<Row>[] = rows.map((row) => ({ row, id: idOf(row), value: compare ? undefined : toSortValue(sortValue!(row)) }));
  const byOrder = compare
    ? (a: Keyed<Row>, b: Keyed<Row>) => sign * (compare(a.row, b.row) || compareIds(a.id, b.id))
    : (a: Keyed<Row>, b: Keyed<Row>) => {
        // Blanks (null and anything that does not sort read as undefined) go last whichever way the column sorts,
        // in the order of their ids.
        const blankA = a.value === undefined;
        const blankB = b.value === undefined;
        if (blankA || blankB) return blankA && blankB ? compareIds(a.id, b.id) : blankA ? 1 : -1;
        return sign * (compareValues(a.value, b.value) || compareIds(a.id, b.id));
      };
  keyed.sort(byOrder);
  return { rows: keyed.map((k) => k.row), ids: keyed.map((k) => k.id) };
}
