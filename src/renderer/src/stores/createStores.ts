/**
 * Builds the stores of one signed-in window around its sync client. main.tsx calls it once after sign-in and hands
 * the result to <StoresProvider>; tests call it (or the single factories) with a fake client.
 */
import type { SyncClient } from '../sync/createSyncClient';
import { createAgentsStore, type AgentsStore } from './agents/agentsStore';
import { createConnectionStore, type ConnectionStore } from './connection/connectionStore';
import { createPresenceStore, type PresenceStore } from './presence/presenceStore';
import { createToastsStore, type ToastsStore } from './toasts/toastsStore';

/** Every store of a window, with one `dispose()` for all of them. */
export interface Stores {
  readonly agentsStore: AgentsStore;
  readonly connectionStore: ConnectionStore;
  readonly presenceStore: PresenceStore;
  readonly toastsStore: ToastsStore;
  dispose(): void;
}

export function createStores(client: SyncClient): Stores {
  const toastsStore = createToastsStore();
  const connectionStore = createConnectionStore(client);
  const agentsStore = createAgentsStore(client, toastsStore);
  const presenceStore = createPresenceStore(client);
  return {
    agentsStore,
    connectionStore,
    presenceStore,
    toastsStore,
    dispose() {
      agentsStore.dispose();
      connectionStore.dispose();
      presenceStore.dispose();
      toastsStore.dispose();
    },
  };
}
