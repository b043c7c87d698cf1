/**
 * The Campaigns view (`#/campaigns`): one section per marketer the user belongs to, each with its campaigns' live
 * stats, Launch and Refresh offers; "New campaign" opens the side panel. The seed's flashes arrive as pushes and
 * show as toasts (features/notifications), in every window of the marketer.
 */
import { useState } from 'react';
import type { Marketer } from '../../../../shared/contract';
import { useStore } from '../../stores/useStore';
import { ReplicaView } from '../../ui/replica/ReplicaView';
import { TableFilter } from '../../ui/table/TableFilter';
import { WriteButton } from '../connection';
import { MarketerCampaigns } from './MarketerCampaigns';
import { marketersStore } from './marketersStore';
import { NewCampaignPanel } from './NewCampaignPanel';
import './campaigns.css';

export function CampaignsView() {
  const status = useStore(marketersStore, (s) => s.status);
  const data = useStore(marketersStore, (s) => s.data);
  const error = useStore(marketersStore, (s) => s.error);
  const [filter, setFilter] = useState('');
  const [creating, setCreating] = useState(false);
  return (
    <div className="view campaigns-view">
      <div className="view-toolbar">
        <TableFilter value={filter} onChange={setFilter} label="Filter campaigns" placeholder="Filter campaigns by #id, name or status" testId="campaigns-filter" />
        <span className="campaigns-toolbar-end">
          <WriteButton className="button button-primary" data-testid="new-campaign-open" aria-haspopup="dialog" disabled={!data?.length} onClick={() => setCreating(true)}>
            New campaign
          </WriteButton>
        </span>
      </div>
      <ReplicaView
        state={{ status, data, error }}
        label="marketers"
        testId="campaigns"
        isEmpty={(marketers: readonly Marketer[]) => marketers.length === 0}
        empty="You belong to no marketer yet: ask your organization’s admin to add you to one to see and launch its campaigns."
      >
        {(marketers) => (
          <div className="campaigns-sections">
            {marketers.map((m) => (
              <MarketerCampaigns key={m.id} marketer={m} filter={filter} />
            ))}
          </div>
        )}
      </ReplicaView>
      {creating && data && <NewCampaignPanel marketers={data} onClose={() => setCreating(false)} />}
    </div>
  );
}
