/**
 * The host's side for the inspector: the `kernel.stats` view, polled once a second while anyone listens. The view
 * follows no topic (statistics are not events), so each poll is a fresh snapshot; the last one stays on screen
 * between polls and while offline.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { KernelStats, SwitchboardError } from '../../../../shared/contract';
import type { Replica } from '../../sync/createReplica';
import type { SyncClient, ViewReducer } from '../../sync/createSyncClient';
import { defineStore } from '../../stores/defineStore';

export const STATS_POLL_MS = 1000;

export interface KernelStatsState {
  readonly stats: KernelStats | undefined;
  /** The last poll's failure; cleared by the next success. */
  readonly error: SwitchboardError | undefined;
}

export interface KernelStatsStore extends StoreApi<KernelStatsState> {
  dispose(): void;
}

// One reducer object: the client shares replicas by reducer, and a snapshot is all this view ever has.
const asIs: ViewReducer<'kernel.stats', KernelStats> = { init: (stats) => stats, reduce: (stats) => stats };

export function createKernelStatsStore(client: Pick<SyncClient, 'watch'>, pollMs = STATS_POLL_MS): KernelStatsStore {
  const store = createStore<KernelStatsState>()(() => ({ stats: undefined, error: undefined }));
  let listeners = 0;
  let timer: ReturnType<typeof setInterval> | undefined;
  let inFlight: Replica<KernelStats> | undefined;

  const settle = () => {
    const replica = inFlight;
    if (!replica) return;
    const { status, data, error } = replica.getState();
    if (status === 'live' && data) store.setState({ stats: data, error: undefined });
    else if (status === 'error') store.setState({ error });
    else return;
    inFlight = undefined;
    // Released once answered, so the next watch asks for a new snapshot instead of sharing this one.
    replica.dispose();
  };

  function poll() {
    // A poll still waiting (offline, slow host) is not stacked on.
    if (inFlight) return;
    try {
      inFlight = client.watch('kernel.stats', {}, asIs);
    } catch (error) {
      store.setState({ error: error as SwitchboardError });
      return;
    }
    inFlight.subscribe(settle);
    settle();
  }

  function stopPolling() {
    clearInterval(timer);
    timer = undefined;
    inFlight?.dispose();
    inFlight = undefined;
  }

  return {
    ...store,
    subscribe(listener) {
      if (listeners++ === 0) {
        poll();
        timer = setInterval(poll, pollMs);
      }
      const stop = store.subscribe(listener);
      let active = true;
      return () => {
        if (!active) return;
        active = false;
        stop();
        if (--listeners === 0) stopPolling();
      };
    },
    dispose: stopPolling,
  };
}

/** The host's statistics while the inspector shows them. */
export const kernelStatsStore = defineStore({ name: 'inspector.kernelStats', create: ({ client }) => createKernelStatsStore(client) });
