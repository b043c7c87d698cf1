/**
 * The Builds view's three live groups: queued (waiting for an agent), running (assigned or building) and recent
 * (finished), each newest first, plus the filter every group shares. Pure.
 */
import type { Job, JobStatus } from '../../../../shared/contract';
import { statusLabels } from '../runs';

export type JobGroup = 'queued' | 'running' | 'recent';

export const jobGroupOrder: readonly JobGroup[] = ['queued', 'running', 'recent'];

export function groupOf(status: JobStatus): JobGroup {
  if (status === 'scheduled') return 'queued';
  return status === 'assigned' || status === 'building' ? 'running' : 'recent';
}

export function groupJobs(jobs: readonly Job[]): Record<JobGroup, Job[]> {
  const groups: Record<JobGroup, Job[]> = { queued: [], running: [], recent: [] };
  for (const job of jobs) groups[groupOf(job.status)].push(job);
  // Ids grow with time: newest first is descending id, whatever order the list arrived in.
  for (const group of jobGroupOrder) groups[group].sort((a, b) => b.id - a.id);
  return groups;
}

/** Whether a job matches the filter box (`needle` trimmed and lower-cased): name, #id, command, agent or status. */
export function matchesJob(job: Job, needle: string): boolean {
  const texts = [job.name, `#${job.id}`, job.command, job.agentHostname ?? '', statusLabels[job.status]];
  return texts.some((text) => text.toLowerCase().includes(needle));
}
