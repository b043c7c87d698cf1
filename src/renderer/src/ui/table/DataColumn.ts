/**
 * The column and row types every DataTable caller declares: how a column sorts, filters, renders and how wide it
 * is. Pure types, so views can define their columns at module scope without importing React.
 */
import type { ReactNode } from 'react';

/** A value a column sorts by. `null` and `undefined` always sort last, whichever the direction. */
export type SortValue = string | number | boolean | Date | null | undefined;

export type SortDirection = 'asc' | 'desc';

/** The singular and plural word for what a table lists, as in "1 agent", "5 agents". */
export interface Noun {
  one: string;
  other: string;
}

/** One column of a DataTable. A column sorts when it has `sortValue` or `compare`. */
export interface DataColumn<Row> {
  id: string;
  /** The header's text; also the accessible name of its sort button. */
  header: string;
  /** Keep the header for screen readers only (an actions column, say). */
  hideHeader?: boolean;
  /** What the column sorts by; also its text when there is no `cell`. */
  sortValue?: (row: Row) => SortValue;
  /** An ascending comparator, for orders a single value cannot express. Wins over `sortValue` for sorting. */
  compare?: (a: Row, b: Row) => number;
  /** The first direction a click sorts in; newest-first columns start with 'desc'. Default 'asc'. */
  firstDir?: SortDirection;
  /** The cell's content. Without it the cell shows `sortValue` as text, cut with an ellipsis. */
  cell?: (row: Row) => ReactNode;
  /** Text the filter box searches in this column (case-insensitive). */
  filterText?: (row: Row) => string | null | undefined;
  /** The tooltip of the cell, for content that may be cut. */
  title?: (row: Row) => string | undefined;
  /** A fixed width: px when a number, any CSS length otherwise. Leave one column without to take the rest. */
  width?: number | string;
  /** This column's cell is the row's header (`<th scope="row">`): the first column naming the row. */
  rowHeader?: boolean;
  /** Extra class on the column's cells (e.g. 'cell-mono', 'cell-muted'). */
  className?: string;
}

/** Attributes a caller puts on a row: data-* for tests and styling, `aria-busy` while a write is pending. */
export interface RowAttributes {
  [data: `data-${string}`]: string | number | boolean | undefined;
  'aria-busy'?: boolean;
  className?: string;
}
