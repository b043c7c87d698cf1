/** A campaign for the campaigns tests: a draft of acme-outdoor unless told otherwise. */
import type { Campaign } from '../../../../../src/shared/contract';

export const campaign = (id: number, over: Partial<Campaign> = {}): Campaign => ({
  id,
  orgId: 'acme',
  marketer: 'acme-outdoor',
  name: `Campaign ${id}`,
  status: 'draft',
  targetSize: 1000,
  targetPopulated: 0,
  pendingOffers: 0,
  acceptedOffers: 0,
  declinedOffers: 0,
  createdAt: '2026-11-27T10:00:00.000Z',
  launchedAt: null,
  updatedAt: '2026-11-27T10:00:00.000Z',
  ...over,
});
