/**
 * Every job of the organization (the `jobs.list` replica, newest first) with cancel and re-run beside it: the
 * Builds view, the run page's estimate and actions, the agents' "building <job>", and the background results
 * toasts read it.
 */
import { defineReplicaStore } from '../../stores/defineReplicaStore';
import { jobsActions } from './jobsActions';
import { jobsReducer } from './jobsReducer';

export const jobsStore = defineReplicaStore({ view: 'jobs.list', params: () => ({}), ...jobsReducer, actions: jobsActions });
