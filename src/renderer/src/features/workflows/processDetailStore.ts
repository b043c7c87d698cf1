/**
 * One process's widget state (the `processes.detail` replica on `process:<id>`), per process id: the snapshot made
 * into a progress state, then every fine-grained event applied by the widget's own reducer. The widget store
 * (progress/useProgressWidget) decides when to paint it.
 */
import { defineReplicaFamily } from '../../stores/defineReplicaFamily';
import { applyProgressEvent } from './progress/applyProgressEvent';
import { initProgress } from './progress/progressState';

export const processDetailStore = defineReplicaFamily({ view: 'processes.detail', params: (id: number) => ({ id }), init: initProgress, reduce: applyProgressEvent });
