/**
 * A DataTable's `<colgroup>` and sticky `<thead>`: fixed column widths, so nothing jumps when a cell changes or
 * the filter empties the table, and a real sort button in every sortable header with `aria-sort` on its `th`.
 */
import { FlexRender, type Header } from '@tanstack/react-table';
import type { DataColumn } from './DataColumn';
import type { dataTableFeatures } from './tableColumnDefs';

interface Props<Row extends object> {
  columns: readonly DataColumn<Row>[];
  headers: readonly Header<typeof dataTableFeatures, Row, unknown>[];
}

const cssWidth = (width: number | string | undefined) => (typeof width === 'number' ? `${width}px` : width);

const ariaSort = (canSort: boolean, sorted: false | 'asc' | 'desc') =>
  sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : canSort ? 'none' : undefined;

export function DataTableHead<Row extends object>({ columns, headers }: Props<Row>) {
  return (
    <>
      <colgroup>
        {columns.map((column) => (
          <col key={column.id} style={{ width: cssWidth(column.width) }} />
        ))}
      </colgroup>
      <thead>
        <tr>
          {headers.map((header) => {
            const column = columns.find((c) => c.id === header.column.id);
            const sorted = header.column.getIsSorted();
            const canSort = header.column.getCanSort();
            const label = <FlexRender header={header} />;
            return (
              <th key={header.id} scope="col" className={column?.className} aria-sort={ariaSort(canSort, sorted)}>
                {canSort ? (
                  <button type="button" className="ui-table-sort" onClick={() => header.column.toggleSorting()}>
                    <span className={column?.hideHeader ? 'visually-hidden' : 'ui-table-text'}>{label}</span>
                    <span className="ui-table-sort-indicator" aria-hidden="true">
                      {sorted === 'asc' ? '↑' : sorted === 'desc' ? '↓' : ''}
                    </span>
                  </button>
                ) : (
                  <span className={column?.hideHeader ? 'visually-hidden' : 'ui-table-text'}>{label}</span>
                )}
              </th>
            );
          })}
        </tr>
      </thead>
    </>
  );
}
