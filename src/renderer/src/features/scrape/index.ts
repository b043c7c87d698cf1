/**
 * The scrape feature: the Scrape view (`#/scrape`: sources and the Add source panel, starting a scrape, its
 * progress widget, and the live recently-synced table coalesced to one update per refetch window) and its sidebar
 * count of scrapes under way.
 */
import { definePage } from '../../app/router';
import { defineFeature } from '../../app/defineFeature';
import { recentCasesStore } from './recentCasesStore';
import { RunningScrapesCount } from './RunningScrapesCount';
import { scrapeIcon, scrapeRoute } from './scrapeRoutes';
import { scrapesStore } from './scrapesStore';
import { ScrapeView } from './ScrapeView';

export { scrapeRoute } from './scrapeRoutes';

export const scrapeFeature = defineFeature({
  name: 'scrape',
  stores: [scrapesStore, recentCasesStore],
  pages: [definePage(scrapeRoute, { label: 'Scrape', View: ScrapeView, preload: [scrapesStore], nav: { id: 'scrape', shortcut: '5', icon: scrapeIcon, Count: RunningScrapesCount } })],
});
