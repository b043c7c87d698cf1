/**
 * Snapshots a window asks for before its stores exist: a reloaded window knows which views it showed, so it loads
 * them the moment it is signed in, while the rest of the app is still being evaluated, instead of after. A store
 * that then watches one of them takes its snapshot, and the sync client subscribes its topics from the welcome's
 * head (at or before the snapshot's seq), so the log replays whatever committed in between. Snapshots no store
 * claims are let go after `keepMs`.
 * @internal Used by the sync client.
 */
import type { SwitchboardError, ViewName } from '../../../shared/contract';
import type { Requests } from './createRequests';

/** A view and its params, as a window watched it: what a reloaded window asks for again. */
export interface ViewRequest {
  readonly view: ViewName;
  readonly params: unknown;
}

export interface Snapshot {
  readonly seq: number;
  readonly data: unknown;
}

export interface Prefetch {
  /** Sends the snapshot requests (once: later calls do nothing). */
  start(requests: Requests): void;
  /** The snapshot asked for `key` (`view:params`), arrived or on its way; undefined if none was asked or it failed. */
  take(key: string): Promise<Snapshot> | undefined;
  /** Lets every unclaimed snapshot go (the connection dropped: a new one loads afresh). */
  clear(): void;
}

export const viewKey = (view: string, params: unknown): string => `${view}:${JSON.stringify(params)}`;

export function createPrefetch(views: readonly ViewRequest[], keepMs = 5_000): Prefetch {
  const waiting = new Map<string, Promise<Snapshot>>();
  let started = views.length === 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  return {
    start(requests) {
      if (started) return;
      started = true;
      for (const { view, params } of views) {
        const key = viewKey(view, params);
        if (waiting.has(key)) continue;
        const snapshot = requests.request<Snapshot>({ kind: 'snapshot', view, params });
        // A refused or failed prefetch is not the store's error: the store loads the usual way instead.
        snapshot.catch((error: SwitchboardError) => {
          if (waiting.get(key) === snapshot) waiting.delete(key);
          if (error.code !== 'DISPOSED') console.warn(`switchboard: could not prefetch ${key}`, error);
        });
        waiting.set(key, snapshot);
      }
      timer = setTimeout(() => waiting.clear(), keepMs);
    },
    take(key) {
      const snapshot = waiting.get(key);
      waiting.delete(key);
      return snapshot;
    },
    clear() {
      waiting.clear();
      clearTimeout(timer);
    },
  };
}
