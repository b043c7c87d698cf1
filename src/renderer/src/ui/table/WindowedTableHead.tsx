/**
 * WindowedTable's `<colgroup>` and sticky `<thead>`: the same markup and classes as DataTable's head, but the sort
 * is the caller's (a server-side query), so a header click asks `onSort` instead of sorting rows in memory.
 */
import type { DataColumn, SortDirection } from './DataColumn';

interface Props<Row> {
  columns: readonly DataColumn<Row>[];
  sort: { columnId: string; dir: SortDirection } | undefined;
  onSort(columnId: string, dir: SortDirection): void;
}

const cssWidth = (width: number | string | undefined) => (typeof width === 'number' ? `${width}px` : width);

/** The direction a click on `column` asks for: flip the current one, else the column's first direction. */
export function nextSortDir<Row>(column: DataColumn<Row>, sort: Props<Row>['sort']): SortDirection {
  if (sort?.columnId === column.id) return sort.dir === 'asc' ? 'desc' : 'asc';
  return column.firstDir ?? 'asc';
}

export function WindowedTableHead<Row>({ columns, sort, onSort }: Props<Row>) {
  return (
    <>
      <colgroup>
        {columns.map((column) => (
          <col key={column.id} style={{ width: cssWidth(column.width) }} />
        ))}
      </colgroup>
      <thead>
        <tr>
          {columns.map((column) => {
            const sorted = sort?.columnId === column.id ? sort.dir : undefined;
            const canSort = column.sortValue !== undefined || column.compare !== undefined;
            const label = <span className={column.hideHeader ? 'visually-hidden' : 'ui-table-text'}>{column.header}</span>;
            return (
              <th
                key={column.id}
                scope="col"
                className={column.className}
                data-column={column.id}
                aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : canSort ? 'none' : undefined}
              >
                {canSort ? (
                  <button type="button" className="ui-table-sort" onClick={() => onSort(column.id, nextSortDir(column, sort))}>
                    {label}
                    <span className="ui-table-sort-indicator" aria-hidden="true">
                      {sorted === 'asc' ? '↑' : sorted === 'desc' ? '↓' : ''}
                    </span>
                  </button>
                ) : (
                  label
                )}
              </th>
            );
          })}
        </tr>
      </thead>
    </>
  );
}
