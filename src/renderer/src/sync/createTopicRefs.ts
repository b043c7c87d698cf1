/**
 * Reference counts of the topics this window follows, so a topic is subscribed once however many replicas need
 * it, and released only when the last one goes.
 * @internal Used by the sync client.
 */
export interface TopicRefs {
  add(topics: readonly string[]): void;
  /** Returns the topics no replica needs any more. */
  release(topics: readonly string[]): string[];
}

export function createTopicRefs(): TopicRefs {
  const counts = new Map<string, number>();
  return {
    add(topics) {
      for (const topic of topics) counts.set(topic, (counts.get(topic) ?? 0) + 1);
    },
    release(topics) {
      const released: string[] = [];
      for (const topic of topics) {
        const count = (counts.get(topic) ?? 0) - 1;
        if (count > 0) counts.set(topic, count);
        else {
          counts.delete(topic);
          released.push(topic);
        }
      }
      return released;
    },
  };
}
