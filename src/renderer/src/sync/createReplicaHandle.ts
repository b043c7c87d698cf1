/**
 * A watcher's own handle on a shared replica: its listeners go with it, and the replica itself goes when the last
 * handle is disposed.
 * @internal Used by the sync client.
 */
import type { Replica, ReplicaDriver } from './createReplica';

export function createReplicaHandle(entry: { driver: ReplicaDriver<unknown>; refs: number }): Replica<unknown> {
  let released = false;
  const stops = new Set<() => void>();
  return {
    key: entry.driver.key,
    topics: entry.driver.topics,
    getState: () => entry.driver.getState(),
    subscribe(listener) {
      const stop = entry.driver.subscribe(listener);
      stops.add(stop);
      return () => {
        stops.delete(stop);
        stop();
      };
    },
    dispose() {
      if (released) return;
      released = true;
      stops.forEach((stop) => stop());
      if (--entry.refs === 0) entry.driver.dispose();
    },
  };
}
