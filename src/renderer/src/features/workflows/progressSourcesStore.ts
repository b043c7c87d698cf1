/**
 * Hands a progress widget the replica store of its process (a member of `processDetailStore`), so the widget can
 * follow it outside React and paint on its own schedule. A store only because stores are how a view reaches another
 * store's members.
 */
import { createStore } from 'zustand/vanilla';
import { defineStore } from '../../stores/defineStore';
import type { ProgressSource } from './progress/useProgressWidget';
import { processDetailStore } from './processDetailStore';

export interface ProgressSources {
  sourceOf(processId: number): ProgressSource;
}

export const progressSourcesStore = defineStore({
  name: 'workflows.progressSources',
  create: ({ stores }) => {
    const store = createStore<ProgressSources>()(() => ({ sourceOf: (processId) => stores.get(processDetailStore).get(processId) }));
    return { ...store, dispose() {} };
  },
});
