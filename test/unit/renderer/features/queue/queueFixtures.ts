/** Queue jobs and dashboards for the queue feature's tests, valid against the contract's schemas. */
import type { QueueDashboard, QueueJob } from '../../../../../src/shared/contract';

export function queueJob(id: number, over: Partial<QueueJob> = {}): QueueJob {
  return {
    id,
    orgId: 'acme',
    queue: 'default',
    worker: 'workflows.step',
    args: { processId: 1, step: `s${id}` },
    state: 'available',
    priority: 0,
    attempt: 0,
    maxAttempts: 3,
    timeoutMs: null,
    insertedAt: '2026-11-27T10:00:00.000Z',
    scheduledAt: '2026-11-27T10:00:00.000Z',
    attemptedAt: null,
    finishedAt: null,
    errors: [],
    progress: null,
    progressNote: null,
    cancelRequested: false,
    enqueuedBy: 'user:bob',
    ...over,
  };
}

export function dashboard(over: Partial<QueueDashboard> = {}): QueueDashboard {
  return { queues: [{ name: 'default', concurrency: 10, paused: false }], counts: {}, jobs: [], throughput: [], ...over };
}
