/** The organization's sources and recent scrapes (`scrapes.list`) with their actions: the Scrape view and its sidebar count read it. */
import { defineReplicaStore } from '../../stores/defineReplicaStore';
import { scrapesActions } from './scrapesActions';
import { scrapesReducer } from './scrapesReducer';

export const scrapesStore = defineReplicaStore({ view: 'scrapes.list', params: () => ({}), ...scrapesReducer, actions: scrapesActions });
