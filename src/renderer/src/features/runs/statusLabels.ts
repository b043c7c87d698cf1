/** The word for each job and run status, one list for badges, window titles, filters and sorting. */
import type { JobStatus } from '../../../../shared/contract';

export const statusLabels: Record<JobStatus, string> = {
  scheduled: 'Queued',
  assigned: 'Assigned',
  building: 'Building',
  passed: 'Passed',
  failed: 'Failed',
  cancelled: 'Cancelled',
};
