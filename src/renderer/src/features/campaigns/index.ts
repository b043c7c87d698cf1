/**
 * The campaigns feature (seed: Campaign PubSub): the Campaigns view (`#/campaigns`: a section per marketer of the
 * user with live stats, Launch, Refresh offers and the new-campaign panel), a campaign's page (`#/campaigns/<id>`:
 * live stats and chart, launch steps, audit trail with replay and export) and the sidebar count of launches.
 */
import { definePage } from '../../app/router';
import { defineFeature } from '../../app/defineFeature';
import { campaignDetailStore } from './campaignDetailStore';
import { campaignHistoryStore } from './campaignHistoryStore';
import { campaignsListStore } from './campaignsListStore';
import { campaignRoute, campaignsIcon, campaignsRoute } from './campaignsRoutes';
import { CampaignsView } from './CampaignsView';
import { CampaignView } from './CampaignView';
import { LaunchingCount } from './LaunchingCount';
import { marketersStore } from './marketersStore';

export { campaignRoute, campaignsRoute } from './campaignsRoutes';

export const campaignsFeature = defineFeature({
  name: 'campaigns',
  stores: [marketersStore, campaignsListStore, campaignDetailStore, campaignHistoryStore],
  pages: [
    definePage(campaignsRoute, { label: 'Campaigns', View: CampaignsView, preload: [marketersStore], nav: { id: 'campaigns', shortcut: '7', icon: campaignsIcon, Count: LaunchingCount } }),
    definePage(campaignRoute, { label: 'Campaign', View: CampaignView, section: 'campaigns' }),
  ],
});
