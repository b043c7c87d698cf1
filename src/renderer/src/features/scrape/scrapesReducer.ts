/**
 * The organization's sources and recent scrapes (`scrapes.list`), kept current by `scrapes:<org>`: a source added
 * joins the list, a scrape's progress replaces it in place (a new one goes first: the list is newest first). Pure.
 */
import type { Scrape, Source, ViewData } from '../../../../shared/contract';
import type { ViewReducer } from '../../sync/createSyncClient';

export type ScrapesList = ViewData<'scrapes.list'>;

function withSource(sources: readonly Source[], source: Source): Source[] {
  return sources.some((s) => s.id === source.id) ? sources.map((s) => (s.id === source.id ? source : s)) : [...sources, source];
}

function withScrape(scrapes: readonly Scrape[], scrape: Scrape): Scrape[] {
  return scrapes.some((s) => s.id === scrape.id) ? scrapes.map((s) => (s.id === scrape.id ? scrape : s)) : [scrape, ...scrapes].sort((a, b) => b.id - a.id);
}

export const scrapesReducer: ViewReducer<'scrapes.list', ScrapesList> = {
  init: (snapshot) => snapshot,
  reduce(state, event) {
    switch (event.type) {
      case 'source_added':
        return { ...state, sources: withSource(state.sources, event.payload.source) };
      case 'scrape_updated':
        return { ...state, scrapes: withScrape(state.scrapes, event.payload.scrape) };
    }
  },
};

/** A scrape still has work ahead of it. */
export const isActive = (scrape: Scrape) => scrape.status === 'queued' || scrape.status === 'running';
