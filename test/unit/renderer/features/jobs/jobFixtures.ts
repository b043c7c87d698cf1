/** Job records and wire events for the jobs tests, valid against the contract's schemas. */
import type { Job } from '../../../../../src/shared/contract';
import { wire } from '../runs/runFixtures';

export const agentUuid = '00000000-0000-4000-8000-00000000a001';

export function job(id: number, overrides: Partial<Job> = {}): Job {
  return {
    id,
    orgId: 'acme',
    name: `job-${id}`,
    command: 'make test',
    status: 'scheduled',
    createdAt: '2025-01-01T00:00:00.000Z',
    runId: null,
    agentUuid: null,
    agentHostname: null,
    startedAt: null,
    finishedAt: null,
    exitCode: null,
    cancelRequested: false,
    rerunOf: null,
    scheduledBy: 'user:bob',
    ...overrides,
  };
}

/** The job as an agent runs it: its run, agent and start time. */
export const running = (id: number, overrides: Partial<Job> = {}): Job =>
  job(id, { status: 'building', runId: id, agentUuid, agentHostname: 'build-01', startedAt: '2025-01-01T00:01:00.000Z', ...overrides });

/** The job once its run ended. */
export const finished = (id: number, status: 'passed' | 'failed' | 'cancelled', overrides: Partial<Job> = {}): Job =>
  running(id, { status, finishedAt: '2025-01-01T00:01:30.000Z', exitCode: status === 'passed' ? 0 : status === 'failed' ? 2 : null, ...overrides });

export const jobsTopic = 'jobs:updates:acme';
export const queuedEvent = (j: Job) => wire(jobsTopic, 'job_queued', { job: j });
export const updatedEvent = (j: Job) => wire(jobsTopic, 'job_updated', { job: j });
