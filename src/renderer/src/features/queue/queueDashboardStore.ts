/**
 * The organization's work queue (the `queue.dashboard` replica: queues, counts per queue per state, jobs and
 * throughput) with its actions: the Queue view and its sidebar count read it.
 */
import { defineReplicaStore } from '../../stores/defineReplicaStore';
import { queueActions } from './queueActions';
import { queueDashboardReducer } from './queueDashboardReducer';

export const queueDashboardStore = defineReplicaStore({ view: 'queue.dashboard', params: () => ({}), ...queueDashboardReducer, actions: queueActions });
