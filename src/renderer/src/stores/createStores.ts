/**
 * Builds the stores of one signed-in window around its sync client. main.tsx calls it once after sign-in and hands
 * the result to <StoresProvider>; tests call it (or the single factories) with a fake client.
 */
import type { SyncClient } from '../sync/createSyncClient';
import { createAgentsStore, type AgentsStore } from './agents/agentsStore';
import { createConnectionStore, type ConnectionStore } from './connection/connectionStore';
import { createJobsStore, type JobsStore } from './jobs/jobsStore';
import { createPresenceStore, type PresenceStore } from './presence/presenceStore';
import { createAgentRunsStore, type AgentRunsStore } from './runs/agentRunsStore';
import { createStoreFamily, type StoreFamily } from './runs/createStoreFamily';
import { createRunConsoleStore, type RunConsoleStore } from './runs/runConsoleStore';
import { createToastsStore, type ToastsStore } from './toasts/toastsStore';

/** Every store of a window, with one `dispose()` for all of them. */
export interface Stores {
  readonly agentsStore: AgentsStore;
  readonly connectionStore: ConnectionStore;
  readonly jobsStore: JobsStore;
  /** One job history per agent uuid. */
  readonly agentRunsStores: StoreFamily<AgentRunsStore>;
  /** One run and console per run id. */
  readonly runConsoleStores: StoreFamily<RunConsoleStore>;
  readonly presenceStore: PresenceStore;
  readonly toastsStore: ToastsStore;
  dispose(): void;
}

export function createStores(client: SyncClient): Stores {
  const toastsStore = createToastsStore();
  const connectionStore = createConnectionStore(client);
  const agentsStore = createAgentsStore(client, toastsStore);
  const presenceStore = createPresenceStore(client);
  const jobsStore = createJobsStore(client, toastsStore);
  const agentRunsStores = createStoreFamily((uuid) => createAgentRunsStore(client, uuid));
  const runConsoleStores = createStoreFamily((id) => createRunConsoleStore(client, Number(id)));
  return {
    agentsStore,
    connectionStore,
    jobsStore,
    agentRunsStores,
    runConsoleStores,
    presenceStore,
    toastsStore,
    dispose() {
      agentsStore.dispose();
      connectionStore.dispose();
      jobsStore.dispose();
      agentRunsStores.dispose();
      runConsoleStores.dispose();
      presenceStore.dispose();
      toastsStore.dispose();
    },
  };
}
