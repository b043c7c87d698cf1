/**
 * The inspector feature (`#/inspector`): every event this window receives, with its delivery latency and payload,
 * recorded from sign-in in a bounded ring; and the host's statistics beside it. Alt+9 in the sidebar.
 */
import { definePage } from '../../app/router';
import { defineFeature } from '../../app/defineFeature';
import { InspectorView } from './InspectorView';
import { inspectorStore } from './inspectorStore';
import { inspectorIcon, inspectorRoute } from './inspectorRoutes';
import { kernelStatsStore } from './kernelStatsStore';
import { PausedBadge } from './PausedBadge';

export { inspectorRoute } from './inspectorRoutes';

export const inspectorFeature = defineFeature({
  name: 'inspector',
  stores: [inspectorStore, kernelStatsStore],
  pages: [definePage(inspectorRoute, { label: 'Inspector', View: InspectorView, nav: { id: 'inspector', shortcut: '9', icon: inspectorIcon, Count: PausedBadge } })],
});
