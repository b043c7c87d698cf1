/**
 * The Cases view (`#/cases`): every case of the organization on the shared windowed table. Only the rows around
 * the viewport are fetched (`cases.page`, pages of 200), the total sizes the scrollbar, a header click sorts on
 * the server, the search box (debounced) is the server's full-text search, and a case synced on screen updates in
 * place. A row opens its case.
 */
import { useCallback, useEffect, useState } from 'react';
import { caseSortColumns, type Case, type CaseSortColumn } from '../../../../shared/contract';
import { useStore } from '../../stores/useStore';
import type { RowAttributes } from '../../ui/table/DataColumn';
import { TableFilter } from '../../ui/table/TableFilter';
import { WindowedTable } from '../../ui/table/WindowedTable';
import { caseColumns } from './caseColumns';
import { caseRoute } from './casesRoutes';
import { casesWindowStore } from './casesWindowStore';
import { rowAt } from './createCasesWindow';
import './cases.css';

export const SEARCH_DEBOUNCE_MS = 150;

const noun = { one: 'case', other: 'cases' };
const getRowId = (c: Case) => String(c.id);
const rowVersion = (c: Case) => c.lastSyncedAt;
const rowProps = (c: Case): RowAttributes => ({ 'data-testid': 'case-row', 'data-case-id': c.id, 'data-reference': c.reference });
const open = (c: Case) => {
  location.hash = caseRoute.href({ caseId: c.id });
};
const sortable = new Set<string>(caseSortColumns);
const isSortColumn = (id: string): id is CaseSortColumn => sortable.has(id);
const columns = caseColumns.map((c) => (sortable.has(c.id) ? c : { ...c, sortValue: undefined, compare: undefined }));

export function CasesView() {
  const query = useStore(casesWindowStore, (s) => s.query);
  const pages = useStore(casesWindowStore, (s) => s.pages);
  const total = useStore(casesWindowStore, (s) => s.total);
  const status = useStore(casesWindowStore, (s) => s.status);
  const error = useStore(casesWindowStore, (s) => s.error);
  const setQuery = useStore(casesWindowStore, (s) => s.setQuery);
  const setRange = useStore(casesWindowStore, (s) => s.setRange);
  const [text, setText] = useState(query.q);

  useEffect(() => {
    const timer = setTimeout(() => setQuery({ q: text }), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text, setQuery]);

  const at = useCallback((index: number) => rowAt(pages, index), [pages]);
  const onSort = useCallback((columnId: string, dir: 'asc' | 'desc') => isSortColumn(columnId) && setQuery({ sort: columnId, dir }), [setQuery]);

  return (
    <div className="view cases-view">
      <div className="view-toolbar">
        <TableFilter value={text} onChange={setText} label="Search cases" placeholder="Search reference, offender, address, offence" testId="cases-search" />
        <span className="toolbar-count muted" data-testid="cases-total" aria-live="polite" data-status={status}>
          {total === undefined ? '' : `${total.toLocaleString('en-GB')} ${total === 1 ? noun.one : noun.other}`}
        </span>
      </div>
      {error && (
        <p className="banner banner-error" role="alert" data-testid="cases-error">
          Could not load cases: {error.message}
        </p>
      )}
      <div className="cases-table" data-status={status}>
        {total === undefined ? (
          <p className="ui-replica-loading" role="status" data-testid="cases-loading">
            Loading cases…
          </p>
        ) : (
          <WindowedTable<Case>
            total={total}
            rowAt={at}
            columns={columns}
            getRowId={getRowId}
            sort={{ columnId: query.sort, dir: query.dir }}
            onSort={onSort}
            onRange={setRange}
            onRowClick={open}
            rowVersion={rowVersion}
            rowProps={rowProps}
            noun={noun}
            caption="Cases"
            testId="cases-table"
            resetKey={`${query.q}|${query.sort}|${query.dir}`}
            empty={query.q.trim() ? `No cases match “${query.q.trim()}”.` : 'No cases yet — add a source and start a scrape on the Scrape view.'}
          />
        )}
      </div>
    </div>
  );
}
