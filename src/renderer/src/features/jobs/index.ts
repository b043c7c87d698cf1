/**
 * The jobs feature (the build farm's queue): the `scheduler.queue` store, the Queued jobs count and the schedule
 * form, shown on the Agents view until the Builds view lands here.
 */
import { defineFeature } from '../../app/defineFeature';
import { jobsStore } from './jobsStore';
import { queueStore } from './queueStore';

export { QueuedJobsCount } from './QueuedJobsCount';
export { queueReducer } from './queueReducer';
export { queueStore } from './queueStore';
export { jobsStore } from './jobsStore';
export { jobsReducer } from './jobsReducer';
export { ScheduleJobForm } from './ScheduleJobForm';

export const jobsFeature = defineFeature({ name: 'jobs', stores: [queueStore, jobsStore] });
