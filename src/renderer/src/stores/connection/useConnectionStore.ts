/** The React side of `connectionStore`. */
import { useStore } from 'zustand';
import type { ClientState } from '../../sync/createSyncClient';
import { useStores } from '../StoresProvider';

export function useConnectionStore<U>(selector: (state: ClientState) => U): U {
  return useStore(useStores().connectionStore, selector);
}
