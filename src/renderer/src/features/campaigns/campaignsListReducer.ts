/**
 * How one marketer's campaign list (`campaigns.list` on `marketer:<id>:campaigns`) takes a `campaigns_updated`
 * batch: each campaign in it replaces its row in place (the seed's selective refresh, with no re-query), rows not in
 * the batch keep their identity (so the table re-renders only the changed ones), and unknown ids are new campaigns,
 * added newest first. Pure.
 */
import type { Campaign, MarketerCampaignsEvent } from '../../../../shared/contract';
import type { ReplicaEvent } from '../../sync/createReplica';
import type { ViewReducer } from '../../sync/createSyncClient';

export type CampaignList = readonly Campaign[];

export function applyCampaignsUpdated(list: CampaignList, campaigns: readonly Campaign[]): CampaignList {
  if (campaigns.length === 0) return list;
  const changed = new Map(campaigns.map((c) => [c.id, c]));
  let next = list.map((row) => {
    const update = changed.get(row.id);
    if (!update) return row;
    changed.delete(row.id);
    return update;
  });
  if (changed.size > 0) next = [...[...changed.values()].sort((a, b) => b.id - a.id), ...next];
  return next;
}

export function applyMarketerEvent(list: CampaignList, event: ReplicaEvent<MarketerCampaignsEvent>): CampaignList {
  return event.type === 'campaigns_updated' ? applyCampaignsUpdated(list, event.payload.campaigns) : list;
}

export const campaignsListReducer: ViewReducer<'campaigns.list', CampaignList> = { init: (data) => data.campaigns, reduce: applyMarketerEvent };
