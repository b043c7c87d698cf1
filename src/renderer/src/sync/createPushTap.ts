/**
 * Pushes this window receives (`push` frames: transient notifications, toasts, flashes), handed to the listeners of
 * their topic once checked against the topic family's schema. A push is never logged and has no seq: one that does
 * not match the contract is dropped (there is nothing to re-snapshot). Listening does not subscribe the topic;
 * pushes arrive while some replica of this window follows it.
 * @internal Used by the sync client, which exposes `onPush`.
 */
import { fastParse, findTopicFamily, type ServerFrame, type TopicEvent, type TopicName, type Topics } from '../../../shared/contract';

/** The events published on `T`, a topic or a topic pattern (`user:${string}:notifications`). */
export type EventOfTopicName<T extends string> = { [K in TopicName]: T extends K ? Topics[K] : never }[TopicName];

/** A delivered push: its topic's event, the topic, and when main sent it (epoch ms). */
export type PushEvent<E extends TopicEvent = TopicEvent> = E & { readonly topic: string; readonly at: number };

export type PushListener<E extends TopicEvent = TopicEvent> = (event: PushEvent<E>) => void;

export interface PushTap {
  onPush(topic: string, listener: PushListener): () => void;
  emit(frame: Extract<ServerFrame, { kind: 'push' }>): void;
  dispose(): void;
}

export function createPushTap(): PushTap {
  const listeners = new Map<string, Set<PushListener>>();
  return {
    onPush(topic, listener) {
      const set = listeners.get(topic) ?? listeners.set(topic, new Set()).get(topic)!;
      set.add(listener);
      return () => {
        set.delete(listener);
        if (set.size === 0 && listeners.get(topic) === set) listeners.delete(topic);
      };
    },
    emit({ topic, type, payload, at }) {
      const set = listeners.get(topic);
      if (!set) return;
      const found = findTopicFamily(topic);
      const parsed = found && fastParse(found.family.event, { type, payload });
      if (!parsed?.success) {
        console.error(`switchboard: dropped a ${type} push on ${topic}: it does not match the contract`);
        return;
      }
      const event: PushEvent = { ...parsed.data, topic, at };
      for (const listener of [...set]) {
        try {
          listener(event);
        } catch (error) {
          // One listener's failure must not keep the push from the others.
          console.error('switchboard: an onPush listener threw', error);
        }
      }
    },
    dispose: () => listeners.clear(),
  };
}
