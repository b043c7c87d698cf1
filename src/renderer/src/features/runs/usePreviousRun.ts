/**
 * The previous finished run of the same job, from the Builds list, for the run page's estimate: the newest passed
 * or failed job of that name other than this one. Selects the job object itself, so readers re-render only when
 * that job changes.
 */
import type { Job, Run } from '../../../../shared/contract';
import { useStore } from '../../stores/useStore';
import { jobsStore } from '../jobs';
import { previousRunOf } from './runEstimate';

export function usePreviousRun(run: Pick<Run, 'jobId' | 'jobName'>): Job | undefined {
  return useStore(jobsStore, (s) => (s.data ? previousRunOf(s.data, run) : undefined));
}
