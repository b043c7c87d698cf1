/**
 * Every job of the organization (the `jobs.list` replica, newest first): the Builds view, the agents' "building
 * <job>", and the background results toasts read it.
 */
import { defineReplicaStore } from '../../stores/defineReplicaStore';
import { jobsReducer } from './jobsReducer';

export const jobsStore = defineReplicaStore({ view: 'jobs.list', params: () => ({}), ...jobsReducer });
