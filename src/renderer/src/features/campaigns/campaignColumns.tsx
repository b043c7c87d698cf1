/** The campaign list's columns: name (to its page), status, target size and populated, pending and accepted offers, action. */
import type { Campaign } from '../../../../shared/contract';
import type { DataColumn } from '../../ui/table/DataColumn';
import { CampaignActions } from './CampaignActions';
import { CampaignStatusBadge } from './CampaignStatusBadge';
import { campaignRoute } from './campaignsRoutes';
import { formatCount, statusLabels } from './campaignText';

const count = (id: string, header: string, value: (c: Campaign) => number): DataColumn<Campaign> => ({
  id,
  header,
  width: 110,
  sortValue: value,
  firstDir: 'desc',
  className: 'cell-num',
  cell: (c) => <span data-testid={`campaign-${id}`}>{formatCount(value(c))}</span>,
});

export const campaignColumns: readonly DataColumn<Campaign>[] = [
  {
    id: 'name',
    header: 'Campaign',
    rowHeader: true,
    sortValue: (c) => c.name.toLowerCase(),
    cell: (c) => (
      <a href={campaignRoute.href({ campaignId: c.id })} data-testid="campaign-link">
        {c.name}
      </a>
    ),
  },
  { id: 'status', header: 'Status', width: 130, sortValue: (c) => statusLabels[c.status], cell: (c) => <CampaignStatusBadge status={c.status} testId="campaign-status" /> },
  count('target', 'Target size', (c) => c.targetSize),
  count('populated', 'Populated', (c) => c.targetPopulated),
  count('pending', 'Pending offers', (c) => c.pendingOffers),
  count('accepted', 'Accepted', (c) => c.acceptedOffers),
  { id: 'actions', header: 'Actions', hideHeader: true, width: 130, cell: (c) => <CampaignActions campaign={c} /> },
];
