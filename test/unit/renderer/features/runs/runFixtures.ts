/** Run records and wire events for the runs store tests, valid against the contract's schemas. */
import type { Run } from '../../../../../src/shared/contract';
import type { ReplicaEvent } from '../../../../../src/renderer/src/sync/createReplica';

export const agentUuid = '00000000-0000-4000-8000-00000000a001';

export function run(id: number, overrides: Partial<Run> = {}): Run {
  return {
    id,
    jobId: id,
    orgId: 'acme',
    agentUuid,
    agentHostname: 'build-01',
    jobName: `job-${id}`,
    command: 'make test',
    status: 'assigned',
    exitCode: null,
    createdAt: '2025-01-01T00:00:00.000Z',
    startedAt: null,
    finishedAt: null,
    consoleLength: 0,
    cancelRequested: false,
    ...overrides,
  };
}

let seq = 100;

/** An event as a replica receives it: typed by its `type` and `payload`, as the contract's validation leaves it. */
export function wire<const T extends string, P>(topic: string, type: T, payload: P): ReplicaEvent<{ type: T; payload: P }> {
  return { seq: ++seq, topic, type, payload };
}
