/** Agent records for store tests, valid against the contract's agent schema. */
import type { Agent } from '../../../../../src/shared/contract';

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
