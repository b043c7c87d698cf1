/**
 * One campaign's page (`#/campaigns/<id>`), live on `campaign:<id>`: its stats, the launch steps, pending offers
 * and target populated over time, the audit trail (re-read whenever the campaign changes) and the replay beside
 * the current state.
 */
import { useEffect } from 'react';
import type { AuditEntry } from '../../../../shared/contract';
import { useFamilyStore } from '../../stores/useFamilyStore';
import { useStore } from '../../stores/useStore';
import { ReplicaView } from '../../ui/replica/ReplicaView';
import { AuditTrail } from './AuditTrail';
import { CampaignActions } from './CampaignActions';
import type { CampaignDetail } from './campaignDetailReducer';
import { campaignDetailStore } from './campaignDetailStore';
import { campaignHistoryStore } from './campaignHistoryStore';
import { campaignsRoute } from './campaignsRoutes';
import { CampaignStats } from './CampaignStats';
import { CampaignStatusBadge } from './CampaignStatusBadge';
import { OffersChart } from './OffersChart';
import { ReplayPanel } from './ReplayPanel';
import { StatusSteps } from './StatusSteps';
import './campaigns.css';

const noEntries: readonly AuditEntry[] = [];

function Detail({ detail }: { detail: CampaignDetail }) {
  const { campaign, points } = detail;
  const refresh = useStore(campaignHistoryStore, (s) => s.refresh);
  const history = useStore(campaignHistoryStore, (s) => s.byId[campaign.id]);
  useEffect(() => {
    refresh(campaign.id);
  }, [refresh, campaign.id, campaign.updatedAt]);
  const entries = history?.entries ?? noEntries;
  return (
    <div className="campaign-page" data-testid="campaign-page" data-campaign-id={campaign.id} data-status={campaign.status}>
      <header className="campaign-head">
        <h2 data-testid="campaign-name">{campaign.name}</h2>
        <CampaignStatusBadge status={campaign.status} testId="campaign-status" />
        <span className="muted">
          {campaign.marketer} · #{campaign.id}
        </span>
        <span className="campaign-head-end">
          <CampaignActions campaign={campaign} />
        </span>
      </header>
      <StatusSteps status={campaign.status} />
      <CampaignStats campaign={campaign} />
      <OffersChart live={points} entries={entries} />
      {history?.error && (
        <p className="campaign-error" role="alert" data-testid="audit-error">
          Could not load the audit trail: {history.error.message}
        </p>
      )}
      <div className="campaign-history">
        <AuditTrail campaignId={campaign.id} entries={entries} />
        <ReplayPanel campaign={campaign} entries={entries} />
      </div>
    </div>
  );
}

export function CampaignView({ params }: { params: { campaignId: number } }) {
  const id = params.campaignId;
  const status = useFamilyStore(campaignDetailStore, id, (s) => s.status);
  const data = useFamilyStore(campaignDetailStore, id, (s) => s.data);
  const error = useFamilyStore(campaignDetailStore, id, (s) => s.error);
  return (
    <div className="view campaign-view">
      <div className="view-toolbar">
        <a href={campaignsRoute.href()} data-testid="campaign-back">
          ← Campaigns
        </a>
      </div>
      <ReplicaView state={{ status, data, error }} label="the campaign" testId="campaign">
        {(detail) => <Detail detail={detail} />}
      </ReplicaView>
    </div>
  );
}
