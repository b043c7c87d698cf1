/** A case's change history, newest first: each sync that changed something, its fields from → to, its scrape and time. */
import type { CaseHistoryEntry } from '../../../../shared/contract';
import { RelativeTime } from '../../ui/time/RelativeTime';
import { fieldLabels, formatField } from './formatCase';

export function CaseHistory({ history }: { history: readonly CaseHistoryEntry[] }) {
  return (
    <section className="case-history" aria-labelledby="case-history-title">
      <h2 id="case-history-title">History</h2>
      {history.length === 0 ? (
        <p className="muted" data-testid="case-history-empty">
          No changes recorded yet.
        </p>
      ) : (
        <ol className="case-history-list" data-testid="case-history">
          {history.map((entry) => (
            <li key={entry.id} className="case-history-entry" data-testid="history-entry" data-kind={entry.kind}>
              <div className="case-history-head">
                <span className="case-history-kind">{entry.kind === 'created' ? 'Created' : 'Changed'}</span>
                {entry.scrapeId !== null && <span className="muted">in scrape #{entry.scrapeId}</span>}
                <RelativeTime iso={entry.at} />
              </div>
              {entry.changes.length > 0 && (
                <ul className="case-changes">
                  {entry.changes.map((change) => (
                    <li key={change.field} data-testid="history-change" data-field={change.field}>
                      <span className="case-change-field">{fieldLabels[change.field]}</span>{' '}
                      <span className="case-change-from" data-testid="change-from">
                        {formatField(change.field, change.from)}
                      </span>
                      <span aria-label="changed to"> → </span>
                      <span className="case-change-to" data-testid="change-to">
                        {formatField(change.field, change.to)}
                      </span>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
