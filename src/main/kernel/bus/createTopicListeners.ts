/**
 * Listeners by topic for the bus: an array per topic replaced on change, so a dispatch iterates a stable snapshot
 * with no allocation, and one throwing listener never starves the others.
 * @internal Used by the bus.
 */
export interface TopicListeners<E> {
  add(topic: string, listener: (event: E) => void): () => void;
  dispatch(topic: string, event: E): void;
  count(topic?: string): number;
  counts(): Map<string, number>;
  clear(): void;
}

export function createTopicListeners<E>(onError: (topic: string, error: unknown) => void): TopicListeners<E> {
  const topics = new Map<string, ((event: E) => void)[]>();
  let total = 0;

  return {
    add(topic, listener) {
      const current = topics.get(topic);
      topics.set(topic, current ? [...current, listener] : [listener]);
      total++;
      let active = true;
      return () => {
        if (!active) return;
        active = false;
        const entries = topics.get(topic);
        if (!entries) return;
        // Only this subscription goes, even if the same function listens twice.
        const next = entries.slice();
        next.splice(next.indexOf(listener), 1);
        total--;
        if (next.length === 0) topics.delete(topic);
        else topics.set(topic, next);
      };
    },
    dispatch(topic, event) {
      const listeners = topics.get(topic);
      if (listeners === undefined) return;
      // The try sits outside the loop so the hot path stays a plain loop; a throw resumes with the next listener.
      let i = 0;
      while (i < listeners.length) {
        try {
          for (; i < listeners.length; i++) listeners[i]!(event);
        } catch (error) {
          onError(topic, error);
          i++;
        }
      }
    },
    count(topic) {
      return topic === undefined ? total : (topics.get(topic)?.length ?? 0);
    },
    counts() {
      return new Map([...topics].map(([topic, listeners]) => [topic, listeners.length]));
    },
    clear() {
      topics.clear();
      total = 0;
    },
  };
}
