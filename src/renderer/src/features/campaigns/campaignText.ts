/** Words for campaigns: status labels, counts grouped by thousands, and the text the list's filter matches. */
import type { Campaign, CampaignStatus } from '../../../../shared/contract';

export const statusLabels: Record<CampaignStatus, string> = { draft: 'Draft', populating: 'Populating', creating_offers: 'Creating offers', active: 'Active' };

/** Launched and not yet active: the work queue is building its target or offers. */
export const isLaunching = (status: CampaignStatus) => status === 'populating' || status === 'creating_offers';

export const formatCount = (n: number) => n.toLocaleString('en-US');

export const matchesCampaign = (c: Campaign, needle: string) => {
  const text = needle.trim().toLowerCase();
  return text === '' || `#${c.id} ${c.name} ${statusLabels[c.status]}`.toLowerCase().includes(text);
};
