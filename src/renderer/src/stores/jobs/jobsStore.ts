/**
 * The organization's job queue (the `scheduler.queue` replica: how many jobs wait for an agent) plus scheduling.
 * Field errors of a schedule come back to the form; success is toasted once the queue count reflects it.
 */
import type { Job, Result, SwitchboardError } from '../../../../shared/contract';
import type { SyncClient } from '../../sync/createSyncClient';
import { waitForSeqWithin } from '../waitForSeqWithin';
import { createReplicaStore, type ReplicaStore } from '../createReplicaStore';
import type { ToastsStore } from '../toasts/toastsStore';
import { queueReducer, type QueueData } from './applySchedulerEvent';

export interface JobsActions {
  /** Schedules a job; resolves with the job, or the error for the form to show beside its fields. */
  trySchedule(input: { name: string; command: string }): Promise<Result<Job>>;
}

export type JobsStore = ReplicaStore<QueueData, JobsActions>;

export interface JobsStoreOptions {
  graceMs?: number;
  /** How long the toast waits for the queue count to include the new job before it shows anyway. */
  settleMs?: number;
}

type JobsClient = Pick<SyncClient, 'watch' | 'run' | 'waitForSeq'>;

export function createJobsStore(client: JobsClient, toasts: ToastsStore, options: JobsStoreOptions = {}): JobsStore {
  const settleMs = options.settleMs ?? 5000;

  // The toast should not say "Scheduled" while the count beside it still shows the old number.
  const settled = (seq: number) => waitForSeqWithin(client, seq, settleMs);

  return createReplicaStore(client, 'scheduler.queue', {}, queueReducer, {
    graceMs: options.graceMs,
    extend: () => ({
      async trySchedule({ name, command }) {
        try {
          const { value, seq } = await client.run('jobs.schedule', { name, command });
          await settled(seq);
          toasts.getState().push({ kind: 'info', message: `Scheduled ${value.name}` });
          return { ok: true, value };
        } catch (error) {
          return { ok: false, error: error as SwitchboardError };
        }
      },
    }),
  });
}
