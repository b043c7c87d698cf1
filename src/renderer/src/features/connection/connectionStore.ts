/**
 * Mirrors the sync client's connection state (status, attempt, session) for the top bar, the stale marker, the
 * window title and the write buttons, and offers "Retry now". One per signed-in window.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ClientState, SyncClient } from '../../sync/createSyncClient';
import { defineStore } from '../../stores/defineStore';

/** What a window shows of its connection: the client's state but the seq it has reached, which moves with every batch. */
export interface ConnectionState extends Omit<ClientState, 'seq'> {
  /** Reconnects now instead of waiting out the backoff. */
  retryNow(): void;
}

/** The connection state as a store; `dispose()` stops mirroring. */
export interface ConnectionStore extends StoreApi<ConnectionState> {
  dispose(): void;
}

export function createConnectionStore(client: Pick<SyncClient, 'getState' | 'onState' | 'retryNow'>): ConnectionStore {
  const shown = ({ status, attempt, session }: ClientState) => ({ status, attempt, session });
  const store = createStore<ConnectionState>()(() => ({ ...shown(client.getState()), retryNow: () => client.retryNow() }));
  // The client tells its state with every batch, as its seq moves; the store tells its readers (the top bar, every
  // write button) only when something they show changed.
  const stop = client.onState((state) => {
    const now = store.getState();
    if (state.status !== now.status || state.attempt !== now.attempt || state.session !== now.session) store.setState(shown(state));
  });
  return { ...store, dispose: stop };
}

export const connectionStore = defineStore({ name: 'connection', create: ({ client }) => createConnectionStore(client) });
