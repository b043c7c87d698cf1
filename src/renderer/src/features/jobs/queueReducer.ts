/**
 * How one event on an organization's scheduler topic changes the `scheduler.queue` view. Pure, like every reducer:
 * the replica and the store tests apply events through it.
 */
import type { SchedulerEvent, ViewData } from '../../../../shared/contract';
import type { ReplicaEvent } from '../../sync/createReplica';
import type { ViewReducer } from '../../sync/createSyncClient';

export type QueueData = ViewData<'scheduler.queue'>;

export function applySchedulerEvent(queue: QueueData, event: ReplicaEvent<SchedulerEvent>): QueueData {
  switch (event.type) {
    case 'pending_count':
      // The event carries the whole count, not a difference, so a repeated value changes nothing.
      return event.payload.count === queue.pendingCount ? queue : { ...queue, pendingCount: event.payload.count };
    default:
      return queue;
  }
}

export const queueReducer: ViewReducer<'scheduler.queue', QueueData> = { init: (queue) => queue, reduce: applySchedulerEvent };
