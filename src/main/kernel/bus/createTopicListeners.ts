/**
 * Listeners by topic for the bus: an array per topic replaced on change, so a dispatch iterates a stable snapshot
 * with no allocation, and one throwing listener never starves the others. A topic with a single listener holds the
 * function itself, as EventEmitter does: with thousands of topics of one window each, a dispatch then touches one
 * object fewer, and that miss is most of its cost.
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
  type Listener = (event: E) => void;
  type Entry = Listener | readonly Listener[];
  // A null-prototype dictionary rather than a Map, again as EventEmitter: the cheaper lookup among thousands of
  // topics. With no prototype, no topic name can collide with an inherited key.
  let topics = Object.create(null) as Record<string, Entry | undefined>;
  let total = 0;
  const listOf = (entry: Entry | undefined): readonly Listener[] => (entry === undefined ? [] : typeof entry === 'function' ? [entry] : entry);
  const entryOf = (list: readonly Listener[]): Entry | undefined => (list.length === 0 ? undefined : list.length === 1 ? list[0] : list);

  return {
    add(topic, listener) {
      topics[topic] = entryOf([...listOf(topics[topic]), listener]);
      total++;
      let active = true;
      return () => {
        if (!active) return;
        active = false;
        const entries = listOf(topics[topic]);
        const at = entries.indexOf(listener);
        if (at < 0) return;
        // Only this subscription goes, even if the same function listens twice.
        const next = entries.slice();
        next.splice(at, 1);
        total--;
        const entry = entryOf(next);
        if (entry === undefined) delete topics[topic];
        else topics[topic] = entry;
      };
    },
    dispatch(topic, event) {
      const entry = topics[topic];
      if (entry === undefined) return;
      if (typeof entry === 'function') {
        try {
          entry(event);
        } catch (error) {
          onError(topic, error);
        }
        return;
      }
      // The try sits outside the loop so the hot path stays a plain loop; a throw resumes with the next listener.
      let i = 0;
      while (i < entry.length) {
        try {
          for (; i < entry.length; i++) entry[i]!(event);
        } catch (error) {
          onError(topic, error);
          i++;
        }
      }
    },
    count(topic) {
      return topic === undefined ? total : listOf(topics[topic]).length;
    },
    counts() {
      return new Map(Object.keys(topics).map((topic) => [topic, listOf(topics[topic]).length]));
    },
    clear() {
      topics = Object.create(null) as Record<string, Entry | undefined>;
      total = 0;
    },
  };
}
