/** Agent and job records for the agents feature's tests, valid against the contract's schemas. */
import type { Agent, Job } from '../../../../../src/shared/contract';

let counter = 0;

export function agent(hostname: string, overrides: Partial<Agent> = {}): Agent {
  counter++;
  const uuid = `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`;
  return {
    uuid,
    orgId: 'acme',
    hostname,
    ipAddress: null,
    os: 'linux',
    resources: [],
    enabled: true,
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
    lastContactAt: null,
    ...overrides,
  };
}

/** A job of the organization; pass `agentUuid` and an assigned or building `status` for one an agent holds. */
export function job(id: number, overrides: Partial<Job> = {}): Job {
  return {
    id,
    orgId: 'acme',
    name: `job-${id}`,
    command: 'make',
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
