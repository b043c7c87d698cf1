/** The React side of `presenceStore`: selects from it and, while mounted, keeps the presence replica attached. */
import { useStore } from 'zustand';
import { useStores } from '../StoresProvider';
import type { PresenceStore } from './presenceStore';

type PresenceState = ReturnType<PresenceStore['getState']>;

export function usePresenceStore<U>(selector: (state: PresenceState) => U): U {
  return useStore(useStores().presenceStore, selector);
}
