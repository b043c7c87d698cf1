/**
 * The audit trail of the campaigns a window shows (`campaigns.history`, which follows no topic): read on demand,
 * re-read when the page sees its campaign change (a read in flight is followed by one more, never stacked), and
 * the replayed state at a chosen time (`asOf`), where the latest pick wins.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { AuditEntry, Campaign, SwitchboardError, ViewData } from '../../../../shared/contract';
import { readViewOnce, type CancelRead } from '../../stores/readViewOnce';
import { defineStore } from '../../stores/defineStore';
import type { SyncClient, ViewReducer } from '../../sync/createSyncClient';

export interface Replayed {
  readonly asOf: string;
  readonly state: Campaign | null | undefined;
  readonly error: SwitchboardError | undefined;
}

export interface CampaignHistory {
  readonly entries: readonly AuditEntry[] | undefined;
  readonly error: SwitchboardError | undefined;
  readonly replay: Replayed | undefined;
}

export interface CampaignHistoryState {
  readonly byId: Readonly<Record<number, CampaignHistory>>;
  /** Reads the history now, or once more after the read in flight. */
  refresh(id: number): void;
  /** Replays the campaign's state at `asOf` (ISO time). */
  replay(id: number, asOf: string): void;
}

export interface CampaignHistoryStore extends StoreApi<CampaignHistoryState> {
  dispose(): void;
}

const empty: CampaignHistory = { entries: undefined, error: undefined, replay: undefined };
type History = ViewData<'campaigns.history'>;

export function createCampaignHistoryStore(client: Pick<SyncClient, 'watch'>): CampaignHistoryStore {
  const asIs: ViewReducer<'campaigns.history', History> = { init: (data) => data, reduce: (data) => data };
  const reading = new Map<number, CancelRead>();
  const again = new Set<number>();
  const replaying = new Map<number, CancelRead>();

  const store = createStore<CampaignHistoryState>()((set, get) => {
    const patch = (id: number, next: Partial<CampaignHistory>) => set((s) => ({ byId: { ...s.byId, [id]: { ...(s.byId[id] ?? empty), ...next } } }));

    function refresh(id: number) {
      if (reading.has(id)) return void again.add(id);
      let answered = false;
      const cancel = readViewOnce(client, 'campaigns.history', { id }, asIs, (result) => {
        answered = true;
        reading.delete(id);
        patch(id, result.ok ? { entries: result.value.entries, error: undefined } : { error: result.error });
        if (again.delete(id)) refresh(id);
      });
      if (!answered) reading.set(id, cancel);
    }

    function replay(id: number, asOf: string) {
      replaying.get(id)?.();
      replaying.delete(id);
      patch(id, { replay: { asOf, state: get().byId[id]?.replay?.state, error: undefined } });
      let answered = false;
      const cancel = readViewOnce(client, 'campaigns.history', { id, asOf }, asIs, (result) => {
        answered = true;
        replaying.delete(id);
        patch(id, { replay: result.ok ? { asOf, state: result.value.state, error: undefined } : { asOf, state: undefined, error: result.error } });
      });
      if (!answered) replaying.set(id, cancel);
    }

    return { byId: {}, refresh, replay };
  });

  return {
    ...store,
    dispose() {
      for (const cancel of [...reading.values(), ...replaying.values()]) cancel();
      reading.clear();
      replaying.clear();
      again.clear();
    },
  };
}

/** The window's campaign histories. */
export const campaignHistoryStore = defineStore({ name: 'campaigns.history', create: ({ client }) => createCampaignHistoryStore(client) });
