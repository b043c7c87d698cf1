/**
 * The organization's agents (the `agents.list` replica) plus the agent actions. Toggles and deletes are optimistic:
 * the row shows its intended state at once, marked pending, and rolls back with an error toast if the write fails.
 */
import type { Agent, Result } from '../../../../shared/contract';
import type { ActionsContext } from '../../stores/createActionsContext';
import { defineReplicaStore } from '../../stores/defineReplicaStore';
import { toResult } from '../../stores/toResult';
import { failureMessage, toastsStore } from '../toasts';
import { agentsReducer } from './agentsReducer';

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
  tryRegister(input: { hostname: string; os?: string | undefined }): Promise<Result<Agent>>;
}

function agentsActions({ get, set, write, stores }: ActionsContext<Agent[], AgentsActions>): AgentsActions {
  const toasts = () => stores.get(toastsStore).getState();
  const hostnameOf = (uuid: string) => get().data?.find((a) => a.uuid === uuid)?.hostname ?? uuid;

  // `write` keeps the optimistic look until the replica holds the committed change, so the row never flickers back.
  async function change(uuid: string, pending: PendingChange, what: string, run: () => Promise<unknown>) {
    if (get().pending[uuid]) return false;
    set({ pending: { ...get().pending, [uuid]: pending } });
    let ok = true;
    try {
      await run();
    } catch (error) {
      ok = false;
      set({ rolledBack: { ...get().rolledBack, [uuid]: Date.now() } });
      toasts().push({ kind: 'error', message: failureMessage(what, error) });
    }
    const { [uuid]: _done, ...rest } = get().pending;
    set({ pending: rest });
    return ok;
  }

  return {
    pending: {},
    rolledBack: {},
    setEnabled(uuid, enabled) {
      const verb = enabled ? 'Enabling' : 'Disabling';
      return change(uuid, { kind: enabled ? 'enable' : 'disable' }, `${verb} ${hostnameOf(uuid)}`, () => write(enabled ? 'agents.enable' : 'agents.disable', { uuid }));
    },
    remove(uuid) {
      return change(uuid, { kind: 'delete' }, `Deleting ${hostnameOf(uuid)}`, () => write('agents.delete', { uuid }));
    },
    async tryRegister({ hostname, os }) {
      const result = await toResult(write('agents.register', os ? { hostname, os } : { hostname }));
      if (result.ok) toasts().push({ kind: 'info', message: `Registered ${result.value.hostname}` });
      return result;
    },
  };
}

export const agentsStore = defineReplicaStore({ view: 'agents.list', params: () => ({}), ...agentsReducer, actions: agentsActions });
