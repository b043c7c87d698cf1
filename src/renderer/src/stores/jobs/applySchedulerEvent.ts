/**
 * How one event on an organization's scheduler topic changes the `scheduler.queue` view. Pure, like every reducer:
 * the replica and the store tests apply events through it.
 */
import type { SchedulerEvent, ViewData, WireEvent } from '../../../../shared/contract';

export type QueueData = ViewData<'scheduler.queue'>;

export function applySchedulerEvent(queue: QueueData, wire: WireEvent): QueueData {
  const event = wire as unknown as SchedulerEvent;
  switch (event.type) {
    case 'pending_count':
      // The event carries the whole count, not a difference, so a repeated value changes nothing.
      return event.payload.count === queue.pendingCount ? queue : { ...queue, pendingCount: event.payload.count };
    default:
      return queue;
  }
}
