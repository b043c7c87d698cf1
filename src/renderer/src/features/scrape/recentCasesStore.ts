/** The recently synced cases as the Scrape view shows them: coalesced to one update per refetch window. */
import { defineStore } from '../../stores/defineStore';
import { createRecentCases, type RecentCasesStore } from './createRecentCases';

export const recentCasesStore = defineStore<RecentCasesStore>({
  name: 'cases.recent',
  create: (context) => createRecentCases(context.client, context.options.graceMs),
});
