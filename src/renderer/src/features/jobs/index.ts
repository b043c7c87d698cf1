/**
 * The jobs feature (the build farm's jobs): the Builds view and its route and sidebar entry, the jobs list with
 * cancel and re-run, the queue count, scheduling, and the background results toasts. The run page (features/runs)
 * uses its list and actions; the Agents view its queue link and its list.
 */
import { definePage } from '../../app/router';
import { defineFeature } from '../../app/defineFeature';
import { buildRoute, buildsIcon, buildsRoute } from './buildsRoutes';
import { BuildsView } from './BuildsView';
import { jobNoticesStore } from './jobNoticesStore';
import { jobsStore } from './jobsStore';
import { QueuedBuildsCount } from './QueuedBuildsCount';
import { queueStore } from './queueStore';

export { buildRoute, buildsRoute } from './buildsRoutes';
export { JobActions } from './JobActions';
export { jobsReducer } from './jobsReducer';
export { jobsStore } from './jobsStore';
export type { JobsActions } from './jobsActions';
export { QueuedJobsCount } from './QueuedJobsCount';
export { queueReducer } from './queueReducer';
export { queueStore } from './queueStore';
export { ScheduleJobButton } from './ScheduleJobButton';

export const jobsFeature = defineFeature({
  name: 'jobs',
  stores: [queueStore, jobsStore, jobNoticesStore],
  pages: [
    definePage(buildsRoute, { label: 'Builds', View: BuildsView, preload: [jobsStore], nav: { id: 'builds', shortcut: '2', icon: buildsIcon, Count: QueuedBuildsCount } }),
    definePage(buildRoute, { label: 'Builds', View: BuildsView, section: 'builds' }),
  ],
});
