/**
 * "What changed?": the campaign's audit trail (who, when, which fields, which event), newest first, re-read when
 * the campaign changes; exported as CSV or JSON from the window.
 */
import type { AuditEntry } from '../../../../shared/contract';
import type { DataColumn } from '../../ui/table/DataColumn';
import { DataTable } from '../../ui/table/DataTable';
import { RelativeTime } from '../../ui/time/RelativeTime';
import { downloadText } from './downloadText';
import { historyToCsv, historyToJson } from './historyExport';

const noun = { one: 'change', other: 'changes' };
const getRowId = (e: AuditEntry) => String(e.seq);
const rowProps = (e: AuditEntry) => ({ 'data-testid': 'audit-row', 'data-seq': e.seq, 'data-type': e.type });
const valuesText = (e: AuditEntry) => e.changed.map((f) => `${f}: ${JSON.stringify(e.values[f] ?? null)}`).join(', ');

const columns: readonly DataColumn<AuditEntry>[] = [
  { id: 'seq', header: 'Seq', width: 70, className: 'cell-mono', compare: (a, b) => a.seq - b.seq, firstDir: 'desc', cell: (e) => e.seq },
  { id: 'at', header: 'When', width: 110, sortValue: (e) => Date.parse(e.at), firstDir: 'desc', cell: (e) => <RelativeTime iso={e.at} />, title: (e) => e.at },
  { id: 'actor', header: 'Who', width: 170, title: (e) => e.actor, sortValue: (e) => e.actor, cell: (e) => <span data-testid="audit-actor">{e.actor}</span> },
  { id: 'type', header: 'Event', width: 150, sortValue: (e) => e.type, cell: (e) => <span className="cell-mono" data-testid="audit-type">{e.type}</span> },
  { id: 'changed', header: 'Changed', sortValue: (e) => e.changed.join(', '), cell: (e) => <span data-testid="audit-changed">{valuesText(e) || '—'}</span>, title: valuesText },
];

export function AuditTrail({ campaignId, entries }: { campaignId: number; entries: readonly AuditEntry[] }) {
  const base = `campaign-${campaignId}-history`;
  return (
    <section className="campaign-audit" aria-labelledby="campaign-audit-title">
      <div className="campaign-section-head">
        <h3 id="campaign-audit-title">What changed?</h3>
        <span className="campaign-export">
          <button type="button" className="button button-small" data-testid="audit-export-csv" disabled={!entries.length} onClick={() => downloadText(`${base}.csv`, historyToCsv(entries), 'text/csv')}>
            Export CSV
          </button>
          <button type="button" className="button button-small" data-testid="audit-export-json" disabled={!entries.length} onClick={() => downloadText(`${base}.json`, historyToJson(campaignId, entries), 'application/json')}>
            Export JSON
          </button>
        </span>
      </div>
      <DataTable<AuditEntry>
        rows={entries}
        columns={columns}
        getRowId={getRowId}
        noun={noun}
        initialSort={{ columnId: 'seq', dir: 'desc' }}
        rowProps={rowProps}
        caption="The campaign’s audit trail"
        testId="campaign-audit"
        empty="No recorded changes yet."
      />
    </section>
  );
}
