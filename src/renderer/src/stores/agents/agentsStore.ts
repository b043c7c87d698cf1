/**
 * The organization's agents (the `agents.list` replica) plus the agent actions. Toggles and deletes are optimistic:
 * the row shows its intended state at once, marked pending, and rolls back with an error toast if the write fails.
 */
import type { Agent, Result, SwitchboardError } from '../../../../shared/contract';
import type { SyncClient } from '../../sync/createSyncClient';
import { waitForSeqWithin } from '../waitForSeqWithin';
import { createReplicaStore, type ReplicaStore } from '../createReplicaStore';
import { failureMessage } from '../toasts/failureMessage';
import type { ToastsStore } from '../toasts/toastsStore';
import { agentsReducer } from './applyAgentEvent';

/** A write in flight for one agent: what the row should look like until it lands. */
export type PendingChange = { kind: 'enable' } | { kind: 'disable' } | { kind: 'delete' };

export interface AgentsActions {
  readonly pending: Readonly<Record<string, PendingChange>>;
  /** uuid → when its last optimistic change was rolled back (the row flashes once per value). */
  readonly rolledBack: Readonly<Record<string, number>>;
  /** Resolves true once the change is in the replica, false if it failed (already rolled back and toasted). */
  setEnabled(uuid: string, enabled: boolean): Promise<boolean>;
  remove(uuid: string): Promise<boolean>;
  /** Registers an agent; field errors come back to the form rather than as a toast. */
  tryRegister(input: { hostname: string; os?: string }): Promise<Result<Agent>>;
}

export type AgentsStore = ReplicaStore<Agent[], AgentsActions>;

export interface AgentsStoreOptions {
  graceMs?: number;
  /** How long a pending look waits for the committed change to reach the replica before it gives up and clears. */
  settleMs?: number;
}

type AgentsClient = Pick<SyncClient, 'watch' | 'run' | 'waitForSeq'>;

export function createAgentsStore(client: AgentsClient, toasts: ToastsStore, options: AgentsStoreOptions = {}): AgentsStore {
  const settleMs = options.settleMs ?? 5000;

  // Keep the optimistic look until the replica holds the committed change, so the row never flickers back.
  const settled = (seq: number) => waitForSeqWithin(client, seq, settleMs);

  return createReplicaStore(client, 'agents.list', {}, agentsReducer, {
    graceMs: options.graceMs,
    extend: (set, get) => {
      const hostnameOf = (uuid: string) => get().data?.find((a) => a.uuid === uuid)?.hostname ?? uuid;

      async function change(uuid: string, pending: PendingChange, what: string, write: () => Promise<{ seq: number }>) {
        if (get().pending[uuid]) return false;
        set({ pending: { ...get().pending, [uuid]: pending } });
        let ok = true;
        try {
          await settled((await write()).seq);
        } catch (error) {
          ok = false;
          set({ rolledBack: { ...get().rolledBack, [uuid]: Date.now() } });
          toasts.getState().push({ kind: 'error', message: failureMessage(what, error) });
        }
        const { [uuid]: _done, ...rest } = get().pending;
        set({ pending: rest });
        return ok;
      }

      return {
        pending: {},
        rolledBack: {},
        setEnabled(uuid, enabled) {
          const verb = enabled ? 'enable' : 'disable';
          return change(uuid, { kind: verb }, `${enabled ? 'Enabling' : 'Disabling'} ${hostnameOf(uuid)}`, () =>
            client.run(enabled ? 'agents.enable' : 'agents.disable', { uuid }),
          );
        },
        remove(uuid) {
          return change(uuid, { kind: 'delete' }, `Deleting ${hostnameOf(uuid)}`, () => client.run('agents.delete', { uuid }));
        },
        async tryRegister({ hostname, os }) {
          try {
            const { value, seq } = await client.run('agents.register', os ? { hostname, os } : { hostname });
            await settled(seq);
            toasts.getState().push({ kind: 'info', message: `Registered ${value.hostname}` });
            return { ok: true, value };
          } catch (error) {
            return { ok: false, error: error as SwitchboardError };
          }
        },
      };
    },
  });
}
