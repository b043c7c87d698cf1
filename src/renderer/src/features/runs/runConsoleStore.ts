/**
 * One run and its console (the `runs.detail` replica) per run id, for the run page. A run's replica lives only while
 * its page (or a grace period) does, and its readers re-render at most once per frame however fast it streams.
 */
import { defineReplicaFamily } from '../../stores/defineReplicaFamily';
import { runConsoleReducer } from './runConsoleReducer';

export const runConsoleStore = defineReplicaFamily({ view: 'runs.detail', params: (runId: number) => ({ runId }), ...runConsoleReducer });
