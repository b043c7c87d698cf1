/** Agent and job records for the agents feature's tests, valid against the contract's schemas. */
import type { Agent, Job } from '../../../../../src/shared/contract';
import { job as jobOf } from '../jobs/jobFixtures';

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

/** A job of the organization (the jobs tests' fixture); pass `agentUuid` and an assigned or building `status` for one an agent holds. */
export const job = (id: number, overrides: Partial<Job> = {}): Job => jobOf(id, { command: 'make', ...overrides });
