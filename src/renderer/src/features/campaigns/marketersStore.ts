/**
 * The marketers the user belongs to (the `campaigns.marketers` view, read at sign-in; membership changes need a new
 * sign-in) with the campaign actions: the list's sections, the new-campaign form's select and the sidebar count.
 */
import type { Marketer } from '../../../../shared/contract';
import { defineReplicaStore } from '../../stores/defineReplicaStore';
import { campaignsActions } from './campaignsActions';

export const marketersStore = defineReplicaStore({
  view: 'campaigns.marketers',
  params: () => ({}),
  init: (marketers: Marketer[]): readonly Marketer[] => marketers,
  reduce: (marketers) => marketers,
  actions: campaignsActions,
});
