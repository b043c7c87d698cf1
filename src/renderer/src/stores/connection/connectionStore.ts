/**
 * Mirrors the sync client's connection state (status, attempt, session) for the top bar, the stale marker and the
 * window title. Created once per signed-in window by `createStores`.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ClientState, SyncClient } from '../../sync/createSyncClient';

/** The connection state as a store; `dispose()` stops mirroring. */
export interface ConnectionStore extends StoreApi<ClientState> {
  dispose(): void;
}

export function createConnectionStore(client: Pick<SyncClient, 'getState' | 'onState'>): ConnectionStore {
  const store = createStore<ClientState>()(() => client.getState());
  const stop = client.onState((state) => store.setState(state, true));
  return { ...store, dispose: stop };
}
