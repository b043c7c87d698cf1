/** Where a job links to: its run's page once an agent took it, else the job itself in the Builds view. */
import type { Job } from '../../../../shared/contract';
import { runRoute } from '../runs';
import { buildRoute } from './buildsRoutes';

export function jobHref(job: Pick<Job, 'id' | 'runId'>): string {
  return job.runId === null ? buildRoute.href({ jobId: job.id }) : runRoute.href({ runId: job.runId });
}
