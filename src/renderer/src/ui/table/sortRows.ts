/**
 * A DataTable's rows in the order of its sorted column: the order TanStack's sorted row model gives for the column
 * defs of tableColumnDefs (blanks last both ways, ties by row id; blanks among themselves by id, where TanStack
 * would keep them as they arrived), reached without its row model. That model
 * builds a Row with two dictionaries for every row whenever the data changes, and a live view's data changes with
 * every update: for 10,000 agents it was most of each render. Here each row's sort value is read once, and rows
 * already in order (as the host sends them) cost one comparison each. sortRows is pure; createRowSorter remembers
 * its last answer, so a live table's update that moves no row costs no sort at all.
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

type Order<Row> = (a: Keyed<Row>, b: Keyed<Row>) => number;

interface Sorting<Row> {
  readonly sorted: SortedRows<Row>;
  /** `from[k]` is the index in the rows of the k-th sorted row. */
  readonly from: readonly number[];
  /** The inverse: `place[i]` is where the i-th row sits in the sorted order. */
  readonly place: Int32Array;
  /** The column's order over keyed rows; undefined for a column that does not sort. */
  readonly order: Order<Row> | undefined;
}

/** A sorter's last call and answer. */
interface Remembered<Row> extends Sorting<Row> {
  readonly rows: readonly Row[];
  readonly column: DataColumn<Row> | undefined;
  readonly desc: boolean;
  readonly idOf: (row: Row) => string;
}

/** The column's order over keyed rows (ties by id, blanks last both ways); undefined for a column that does not sort. */
function orderOf<Row>(column: DataColumn<Row> | undefined, desc: boolean): Order<Row> | undefined {
  const { compare, sortValue } = column ?? {};
  if (!compare && !sortValue) return undefined;
  const sign = desc ? -1 : 1;
  return compare
    ? (a, b) => sign * (compare(a.row, b.row) || compareIds(a.id, b.id))
    : (a, b) => {
        // Blanks (null and anything that does not sort read as undefined) go last whichever way the column sorts,
        // in the order of their ids.
        const blankA = a.value === undefined;
        const blankB = b.value === undefined;
        if (blankA || blankB) return blankA && blankB ? compareIds(a.id, b.id) : blankA ? 1 : -1;
        return sign * (compareValues(a.value, b.value) || compareIds(a.id, b.id));
      };
}

const keyer =
  <Row>(column: DataColumn<Row> | undefined, idOf: (row: Row) => string) =>
  (row: Row): Keyed<Row> => ({ row, id: idOf(row), value: column?.compare || !column?.sortValue ? undefined : toSortValue(column.sortValue(row)) });

export function sortRows<Row extends object>(
  rows: readonly Row[],
  column: DataColumn<Row> | undefined,
  desc: boolean,
  idOf: (row: Row) => string,
): SortedRows<Row> {
  return sortAfresh(rows, column, desc, idOf).sorted;
}

/** The rows in the column's order, and where each came from. */
function sortAfresh<Row>(rows: readonly Row[], column: DataColumn<Row> | undefined, desc: boolean, idOf: (row: Row) => string): Sorting<Row> {
  const order = orderOf(column, desc);
  // A plain array: its sort takes a run already in order in one comparison a row (a typed array's does not).
  const from = rows.map((_, i) => i);
  if (!order) return { sorted: { rows, ids: rows.map(idOf) }, from, place: placesOf(from), order };
  const keyed = rows.map(keyer(column, idOf));
  from.sort((a, b) => order(keyed[a]!, keyed[b]!));
  return { sorted: { rows: Array.from(from, (i) => rows[i]!), ids: Array.from(from, (i) => keyed[i]!.id) }, from, place: placesOf(from), order };
}

/**
 * sortRows with a memory of its last answer, for a live table. A live view replaces the rows that changed and
 * moves none: when each row is in the last call's place with the same id, and every replaced one still sorts between
 * its neighbours, the order stands and its ids are the very same array (what reads them skips its work). A fleet's
 * contacts change 10,000 agents' last-seen times and no hostname: the table used to sort them all again on every
 * render. Anything else sorts afresh.
 */
export function createRowSorter<Row extends object>(): typeof sortRows<Row> {
  let last: Remembered<Row> | undefined;
  return (rows, column, desc, idOf) => {
    const kept = last && last.column === column && last.desc === desc && last.idOf === idOf && keptOrder(last, rows);
    if (kept) {
      last = { ...last!, rows, sorted: kept };
      return kept;
    }
    last = { rows, column, desc, idOf, ...sortAfresh(rows, column, desc, idOf) };
    return last.sorted;
  };
}

/** The last order over `rows` (see createRowSorter), or undefined when it may not hold. */
function keptOrder<Row>(last: Remembered<Row>, rows: readonly Row[]): SortedRows<Row> | undefined {
  if (rows === last.rows) return last.sorted;
  if (rows.length !== last.rows.length) return undefined;
  const { from, place, order, sorted, idOf } = last;
  const changed: number[] = [];
  for (let i = 0; i < rows.length; i++) {
    if (rows[i] === last.rows[i]) continue;
    if (idOf(rows[i]!) !== sorted.ids[place[i]!]) return undefined;
    changed.push(i);
  }
  if (order && changed.length > 0) {
    const key = keyer(last.column, idOf);
    const at = (k: number) => key(rows[from[k]!]!);
    for (const i of changed) {
      const k = place[i]!;
      const self = at(k);
      if ((k > 0 && order(at(k - 1), self) > 0) || (k < rows.length - 1 && order(self, at(k + 1)) > 0)) return undefined;
    }
  }
  return { rows: Array.from(from, (i) => rows[i]!), ids: sorted.ids };
}

function placesOf(from: readonly number[]): Int32Array {
  const place = new Int32Array(from.length);
  from.forEach((index, k) => (place[index] = k));
  return place;
}
