/**
 * The live table of recently synced cases, newest first: it updates at most once per refetch window however many
 * events arrive (the store coalesces), keeps its rows up while it does, and lets rows age out on the shared
 * one-second clock without a reload. `data-updates` counts the updates it painted (the e2e tests read it).
 */
import { useMemo } from 'react';
import type { Case } from '../../../../shared/contract';
import { useStore } from '../../stores/useStore';
import { ReplicaView } from '../../ui/replica/ReplicaView';
import type { RowAttributes } from '../../ui/table/DataColumn';
import { DataTable } from '../../ui/table/DataTable';
import { useTick } from '../../ui/time/useTick';
import { caseColumns, caseRoute } from '../cases';
import { recentCasesStore } from './recentCasesStore';

const noun = { one: 'case', other: 'cases' };
const getRowId = (c: Case) => String(c.id);
const rowVersion = (c: Case) => c.lastSyncedAt;
const rowProps = (c: Case): RowAttributes => ({ 'data-testid': 'recent-row', 'data-case-id': c.id, 'data-reference': c.reference });
const open = (c: Case) => {
  location.hash = caseRoute.href({ caseId: c.id });
};

/** How many of `cases` (newest first) were synced after `cutoffIso`: the rest have aged out. */
export function freshCount(cases: readonly Case[], cutoffIso: string): number {
  const at = cases.findIndex((c) => c.lastSyncedAt <= cutoffIso);
  return at < 0 ? cases.length : at;
}

function Rows({ cases, cutoffMinutes }: { cases: readonly Case[]; cutoffMinutes: number }) {
  const now = useTick(true);
  const fresh = freshCount(cases, new Date(now - cutoffMinutes * 60_000).toISOString());
  // A new array only when a row aged out (or the data changed), so a tick re-sorts nothing.
  const rows = useMemo(() => (fresh === cases.length ? cases : cases.slice(0, fresh)), [cases, fresh]);
  return (
    <DataTable<Case>
      rows={rows}
      columns={caseColumns}
      getRowId={getRowId}
      noun={noun}
      initialSort={{ columnId: 'lastSyncedAt', dir: 'desc' }}
      rowVersion={rowVersion}
      rowProps={rowProps}
      onRowActivate={open}
      caption="Recently synced cases"
      testId="recent-table"
      empty={`No case synced in the last ${cutoffMinutes} min — start a scrape of a source above.`}
    />
  );
}

export function RecentCasesTable() {
  const status = useStore(recentCasesStore, (s) => s.status);
  const data = useStore(recentCasesStore, (s) => s.data);
  const error = useStore(recentCasesStore, (s) => s.error);
  const updates = useStore(recentCasesStore, (s) => s.updates);
  const cutoffMinutes = useStore(recentCasesStore, (s) => s.cutoffMinutes);
  const first = data?.[0];
  return (
    <div className="recent-cases" data-testid="recent-cases" data-updates={updates} data-count={data?.length ?? 0} data-first-reference={first?.reference} data-status={status}>
      <ReplicaView state={{ status, data, error }} label="recently synced cases" testId="recent">
        {(cases) => <Rows cases={cases} cutoffMinutes={cutoffMinutes} />}
      </ReplicaView>
    </div>
  );
}
