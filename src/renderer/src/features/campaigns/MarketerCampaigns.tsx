/**
 * One marketer's section of the Campaigns view: its campaigns, live on `marketer:<id>:campaigns`, on the shared
 * table (a changed row highlights briefly; a new one slides in at its sorted place).
 */
import { useCallback } from 'react';
import type { Campaign, Marketer } from '../../../../shared/contract';
import { useFamilyStore } from '../../stores/useFamilyStore';
import { ReplicaView } from '../../ui/replica/ReplicaView';
import type { RowAttributes } from '../../ui/table/DataColumn';
import { DataTable } from '../../ui/table/DataTable';
import { campaignColumns } from './campaignColumns';
import { campaignsListStore } from './campaignsListStore';
import { campaignRoute } from './campaignsRoutes';
import { matchesCampaign } from './campaignText';

const noun = { one: 'campaign', other: 'campaigns' };
const getRowId = (c: Campaign) => String(c.id);
const rowVersion = (c: Campaign) => c.updatedAt;
const open = (c: Campaign) => {
  location.hash = campaignRoute.href({ campaignId: c.id });
};

export function MarketerCampaigns({ marketer, filter }: { marketer: Marketer; filter: string }) {
  const status = useFamilyStore(campaignsListStore, marketer.id, (s) => s.status);
  const data = useFamilyStore(campaignsListStore, marketer.id, (s) => s.data);
  const error = useFamilyStore(campaignsListStore, marketer.id, (s) => s.error);
  const rowProps = useCallback(
    (c: Campaign): RowAttributes => ({ 'data-testid': 'campaign-row', 'data-campaign-id': c.id, 'data-status': c.status, 'data-pending': c.pendingOffers }),
    [],
  );
  const headingId = `campaigns-${marketer.id}`;
  return (
    <section className="campaigns-section" aria-labelledby={headingId} data-testid="campaigns-marketer" data-marketer={marketer.id}>
      <h2 id={headingId} className="campaigns-heading">
        {marketer.name} <span className="muted">{marketer.members.length === 1 ? 'only you' : `${marketer.members.length} members`}</span>
      </h2>
      <ReplicaView state={{ status, data, error }} label={`${marketer.name}’s campaigns`} testId={`campaigns-${marketer.id}`}>
        {(campaigns) => (
          <DataTable<Campaign>
            rows={campaigns}
            columns={campaignColumns}
            getRowId={getRowId}
            filter={filter}
            matches={matchesCampaign}
            noun={noun}
            rowVersion={rowVersion}
            rowProps={rowProps}
            onRowActivate={open}
            caption={`${marketer.name}’s campaigns`}
            testId="campaigns-table"
            className="campaigns-table"
            empty="No campaigns yet: “New campaign” creates a draft you can launch."
          />
        )}
      </ReplicaView>
    </section>
  );
}
