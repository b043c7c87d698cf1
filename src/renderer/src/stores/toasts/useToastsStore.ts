/** The React side of `toastsStore`. */
import { useStore } from 'zustand';
import { useStores } from '../StoresProvider';
import type { ToastsState } from './toastsStore';

export function useToastsStore<U>(selector: (state: ToastsState) => U): U {
  return useStore(useStores().toastsStore, selector);
}
