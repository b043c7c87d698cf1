/**
 * One case's page (`#/cases/<id>`): every field (money in pounds), live on `case:synced:<id>`, and its change
 * history, newest first: which field changed, from what to what, in which scrape, and when.
 */
import { caseFields, presenceRoom, type Case } from '../../../../shared/contract';
import { useFamilyStore } from '../../stores/useFamilyStore';
import { usePresenceRoom } from '../presence';
import { ReplicaView } from '../../ui/replica/ReplicaView';
import { RelativeTime } from '../../ui/time/RelativeTime';
import { CaseHistory } from './CaseHistory';
import { caseDetailStore } from './caseDetailStore';
import { casesRoute } from './casesRoutes';
import { fieldLabels, formatField } from './formatCase';
import './cases.css';

function CaseFields({ kase }: { kase: Case }) {
  return (
    <dl className="case-fields" data-testid="case-fields">
      <dt>Reference</dt>
      <dd className="cell-mono" data-testid="case-reference">
        {kase.reference}
      </dd>
      {caseFields.map((field) => (
        <div key={field} className="case-field" data-field={field}>
          <dt>{fieldLabels[field]}</dt>
          <dd data-testid={`case-${field}`}>{formatField(field, kase[field])}</dd>
        </div>
      ))}
      <dt>First seen</dt>
      <dd>
        <RelativeTime iso={kase.firstSeenAt} />
      </dd>
      <dt>Last synced</dt>
      <dd data-testid="case-last-synced" data-at={kase.lastSyncedAt}>
        <RelativeTime iso={kase.lastSyncedAt} />
      </dd>
    </dl>
  );
}

export function CaseView({ params }: { params: { caseId: number } }) {
  const { caseId } = params;
  usePresenceRoom(presenceRoom('case', caseId));
  const status = useFamilyStore(caseDetailStore, caseId, (s) => s.status);
  const data = useFamilyStore(caseDetailStore, caseId, (s) => s.data);
  const error = useFamilyStore(caseDetailStore, caseId, (s) => s.error);
  return (
    <div className="view case-view">
      <div className="view-toolbar">
        <a href={casesRoute.href()} className="back-link" data-testid="back-link">
          <span aria-hidden="true">← </span>Cases
        </a>
      </div>
      <ReplicaView state={{ status, data, error }} label="the case" testId="case">
        {(detail) => (
          <div className="case-page" data-testid="case-page" data-case-id={detail.id}>
            <h1 className="case-title">
              {detail.reference} <span className="muted">{detail.offender}</span>
            </h1>
            <CaseFields kase={detail} />
            <CaseHistory history={detail.history} />
          </div>
        )}
      </ReplicaView>
    </div>
  );
}
