/**
 * The React side of a store, as thin as zustand's own binding: `useStore(agentsStore, (s) => s.data)` selects from
 * the window's instance of a declaration and, for a replica store, keeps its replica attached while mounted.
 */
import { useStore as useZustandStore } from 'zustand';
import type { ExtractState, StoreApi } from 'zustand/vanilla';
import type { StoreDef } from './defineStore';
import { useStores } from './StoresProvider';

type ReadableStore = Pick<StoreApi<unknown>, 'getState' | 'getInitialState' | 'subscribe'>;

export function useStore<T extends ReadableStore, U>(def: StoreDef<T>, selector: (state: ExtractState<T>) => U): U {
  return useZustandStore(useStores().get(def), selector);
}
