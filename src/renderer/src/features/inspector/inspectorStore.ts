/**
 * The inspector's record of what this window receives: a bounded ring of the latest events, fed by the sync
 * client's tap with one update per delta batch, plus pause (count, don't record), clear, the filters and the
 * selected row. Records from sign-in, so the history is there when someone opens the view to look.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { SyncClient } from '../../sync/createSyncClient';
import { defineStore } from '../../stores/defineStore';
import { inspectEvent, matchesEvent, type InspectedEvent } from './inspectedEvent';

/** How many events the inspector keeps: the oldest go first. */
export const INSPECTOR_LIMIT = 5000;

export interface InspectorState {
  /** Oldest first, at most `limit`. */
  readonly events: readonly InspectedEvent[];
  readonly limit: number;
  /** Events received since the store started (recorded or not): the next receipt number. */
  readonly received: number;
  readonly paused: boolean;
  /** Events that arrived since pausing, not recorded. */
  readonly missed: number;
  /** Text matched against topic and type. */
  readonly filter: string;
  /** One event type only, or '' for all. */
  readonly type: string;
  readonly selectedId: number | undefined;
  setPaused(paused: boolean): void;
  clear(): void;
  setFilter(filter: string): void;
  setType(type: string): void;
  select(id: number | undefined): void;
}

export interface InspectorStore extends StoreApi<InspectorState> {
  dispose(): void;
}

/** The events the list shows now. */
export const visibleEvents = (s: Pick<InspectorState, 'events' | 'filter' | 'type'>): readonly InspectedEvent[] =>
  s.filter.trim() === '' && s.type === '' ? s.events : s.events.filter((e) => matchesEvent(e, s.filter, s.type));

export function createInspectorStore(client: Pick<SyncClient, 'onEvents'>, limit = INSPECTOR_LIMIT): InspectorStore {
  const store = createStore<InspectorState>()((set) => ({
    events: [],
    limit,
    received: 0,
    paused: false,
    missed: 0,
    filter: '',
    type: '',
    selectedId: undefined,
    setPaused: (paused) => set((s) => (s.paused === paused ? s : { paused, missed: 0 })),
    clear: () => set({ events: [], missed: 0, selectedId: undefined }),
    setFilter: (filter) => set({ filter }),
    setType: (type) => set({ type }),
    select: (selectedId) => set({ selectedId }),
  }));

  const stop = client.onEvents((batch, receivedAt) => {
    const s = store.getState();
    if (s.paused) return store.setState({ received: s.received + batch.length, missed: s.missed + batch.length });
    const fresh = batch.map((event, i) => inspectEvent(event, s.received + i + 1, receivedAt));
    const kept = s.events.length + fresh.length > limit ? [...s.events, ...fresh].slice(-limit) : [...s.events, ...fresh];
    // The selected event keeps its detail only while it is still in the ring.
    const selectedId = s.selectedId !== undefined && kept[0] !== undefined && s.selectedId < kept[0].id ? undefined : s.selectedId;
    store.setState({ events: kept, received: s.received + batch.length, selectedId });
  });

  return { ...store, dispose: stop };
}

/** The window's inspector record. */
export const inspectorStore = defineStore({ name: 'inspector', create: ({ client }) => createInspectorStore(client) });
