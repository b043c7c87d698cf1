/**
 * The metrics feature (`#/metrics`, the seed's performance metrics): broadcast latency histograms (the host's
 * commit → send and this window's commit → window), events/s per topic family, subscriptions per topic, slow
 * windows and resyncs, and live charts. Last in the sidebar (Alt+0).
 */
import { definePage } from '../../app/router';
import { defineFeature } from '../../app/defineFeature';
import { metricsIcon, metricsRoute } from './metricsRoutes';
import { metricsStore } from './metricsStore';
import { MetricsView } from './MetricsView';
import { windowLatencyStore } from './windowLatencyStore';

export { metricsRoute } from './metricsRoutes';

export const metricsFeature = defineFeature({
  name: 'metrics',
  stores: [metricsStore, windowLatencyStore],
  pages: [definePage(metricsRoute, { label: 'Metrics', View: MetricsView, nav: { id: 'metrics', shortcut: '0', icon: metricsIcon } })],
});
