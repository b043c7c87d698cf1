/**
 * A tap on the delta batches this window receives, for the inspector: each listener gets a batch's wire events as
 * delivered (before validation) and the time they arrived. Costs one size check per batch while nobody listens.
 * @internal Used by the sync client, which exposes `onEvents`.
 */
import type { WireEvent } from '../../../shared/contract';

/** Called once per delta batch: its events, in delivery order, and when the batch reached this window (epoch ms). */
export type EventsListener = (events: readonly WireEvent[], receivedAt: number) => void;

export interface EventTap {
  onEvents(listener: EventsListener): () => void;
  emit(events: readonly WireEvent[]): void;
  dispose(): void;
}

export function createEventTap(now: () => number = Date.now): EventTap {
  const listeners = new Set<EventsListener>();
  return {
    onEvents(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    emit(events) {
      if (listeners.size === 0 || events.length === 0) return;
      const receivedAt = now();
      for (const listener of listeners) {
        try {
          listener(events, receivedAt);
        } catch (error) {
          // An observer must never stop replicas from applying the batch it watched.
          console.error('switchboard: an onEvents listener threw', error);
        }
      }
    },
    dispose: () => listeners.clear(),
  };
}
