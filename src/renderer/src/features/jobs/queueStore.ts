/**
 * The organization's job queue (the `scheduler.queue` replica: how many jobs wait for an agent) plus scheduling.
 * Field errors of a schedule come back to the form; success is toasted, with a link to the job, once the queue
 * count reflects it.
 */
import type { Job, Result } from '../../../../shared/contract';
import type { ActionsContext } from '../../stores/createActionsContext';
import { defineReplicaStore } from '../../stores/defineReplicaStore';
import { toResult } from '../../stores/toResult';
import { toastsStore } from '../toasts';
import { buildRoute } from './buildsRoutes';
import { queueReducer, type QueueData } from './queueReducer';

export interface QueueActions {
  /** Schedules a job; resolves with the job, or the error for the form to show beside its fields. */
  trySchedule(input: { name: string; command: string }): Promise<Result<Job>>;
}

function queueActions({ write, stores }: ActionsContext<QueueData, QueueActions>): QueueActions {
  return {
    async trySchedule(input) {
      // `write` waits for the count to include the job: the toast must not say "Scheduled" beside the old number.
      const result = await toResult(write('jobs.schedule', input));
      if (result.ok) {
        const { id, name } = result.value;
        stores.get(toastsStore).getState().push({ kind: 'info', message: `Scheduled ${name}`, link: { href: buildRoute.href({ jobId: id }), label: `Show #${id}` } });
      }
      return result;
    },
  };
}

export const queueStore = defineReplicaStore({ view: 'scheduler.queue', params: () => ({}), ...queueReducer, actions: queueActions });
