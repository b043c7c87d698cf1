/**
 * The queue feature: the work queue's dashboard (`#/queue`: counts per state and queue, pause and resume, the
 * throughput chart, the job list and a job's detail with retry, cancel and delete) and its sidebar count.
 */
import { definePage } from '../../app/router';
import { defineFeature } from '../../app/defineFeature';
import { ExecutingCount } from './ExecutingCount';
import { queueDashboardStore } from './queueDashboardStore';
import { queueIcon, queueJobRoute, queueRoute } from './queueRoutes';
import { QueueView } from './QueueView';

export { queueJobRoute, queueRoute } from './queueRoutes';
export { QueueStateBadge } from './QueueStateBadge';

export const queueFeature = defineFeature({
  name: 'queue',
  stores: [queueDashboardStore],
  pages: [
    definePage(queueRoute, { label: 'Queue', View: QueueView, preload: [queueDashboardStore], nav: { id: 'queue', shortcut: '4', icon: queueIcon, Count: ExecutingCount } }),
    definePage(queueJobRoute, { label: 'Queue', View: QueueView, section: 'queue' }),
  ],
});
