/** The agents feature: the agents store and its optimistic actions, the Agents view (table, liveness, register panel), its route and sidebar entry. */
import { definePage } from '../../app/router';
import { defineFeature } from '../../app/defineFeature';
import { agentsIcon, agentsRoute } from './agentsRoute';
import { agentsStore } from './agentsStore';
import { AgentsCount } from './AgentsCount';
import { AgentsView } from './AgentsView';

export { agentsRoute } from './agentsRoute';
export { agentsReducer } from './agentsReducer';
export { agentsStore, type PendingChange } from './agentsStore';

export const agentsFeature = defineFeature({
  name: 'agents',
  stores: [agentsStore],
  pages: [definePage(agentsRoute, { label: 'Agents', View: AgentsView, preload: [agentsStore], nav: { id: 'agents', shortcut: '1', icon: agentsIcon, Count: AgentsCount } })],
});
