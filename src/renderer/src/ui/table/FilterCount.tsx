/**
 * The row count beside a filter box: "1 of 5 agents" while filtering, "5 agents" otherwise. Give it the same rows
 * and matcher as the DataTable, so the count and the table agree.
 */
import { useMemo } from 'react';
import type { Noun } from './DataColumn';
import { filterCountText } from './filterCountText';
import { filterRows, type RowMatcher } from './filterRows';
import './dataTable.css';

interface Props<Row> {
  rows: readonly Row[];
  filter: string;
  matches: RowMatcher<Row>;
  noun: Noun;
  testId?: string;
}

export function FilterCount<Row>({ rows, filter, matches, noun, testId }: Props<Row>) {
  const shown = useMemo(() => filterRows(rows, filter, matches).length, [rows, filter, matches]);
  return (
    <span className="ui-table-count" data-testid={testId}>
      {filterCountText(shown, rows.length, filter, noun)}
    </span>
  );
}
