/**
 * Mirrors the sync client's connection state (status, attempt, session) for the top bar, the stale marker, the
 * window title and the write buttons, and offers "Retry now". One per signed-in window.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ClientState, SyncClient } from '../../sync/createSyncClient';
import { defineStore } from '../../stores/defineStore';

export interface ConnectionState extends ClientState {
  /** Reconnects now instead of waiting out the backoff. */
  retryNow(): void;
}

/** The connection state as a store; `dispose()` stops mirroring. */
export interface ConnectionStore extends StoreApi<ConnectionState> {
  dispose(): void;
}

export function createConnectionStore(client: Pick<SyncClient, 'getState' | 'onState' | 'retryNow'>): ConnectionStore {
  const store = createStore<ConnectionState>()(() => ({ ...client.getState(), retryNow: () => client.retryNow() }));
  // Every field of the client's state is always present, so merging replaces it whole.
  const stop = client.onState((state) => store.setState(state));
  return { ...store, dispose: stop };
}

export const connectionStore = defineStore({ name: 'connection', create: ({ client }) => createConnectionStore(client) });
