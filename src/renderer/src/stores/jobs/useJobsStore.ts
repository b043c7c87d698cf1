/** The React side of `jobsStore`: selects from it and, while mounted, keeps the queue replica attached. */
import { useStore } from 'zustand';
import { useStores } from '../StoresProvider';
import type { JobsStore } from './jobsStore';

type JobsState = ReturnType<JobsStore['getState']>;

export function useJobsStore<U>(selector: (state: JobsState) => U): U {
  return useStore(useStores().jobsStore, selector);
}
