/**
 * The inspector's record of what this window receives: a bounded record of the latest events, fed by the sync
 * client's tap with one update per delta batch (its readers hear of them once per frame), plus pause (count, don't record), clear, the filters and the
 * selected row. Records from sign-in, so the history is there when someone opens the view to look.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { SyncClient } from '../../sync/createSyncClient';
import { publishedPerFrame } from '../../stores/createFramePublisher';
import { defineStore } from '../../stores/defineStore';
import { immediateFrames, type FrameScheduler } from '../../stores/frameScheduler';
import { appendToRecord, emptyRecord, oldestInRecord, recordItems, type BoundedRecord } from './boundedRecord';
import { inspectEvent, matchesEvent, type InspectedEvent } from './inspectedEvent';

/** How many events the inspector keeps: the oldest go first. */
export const INSPECTOR_LIMIT = 5000;

export interface InspectorState {
  /** The latest `limit` events; `recordedEvents` reads them as a list. */
  readonly record: BoundedRecord<InspectedEvent>;
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

/** The recorded events, oldest first (the same list until the record changes, so selecting it is stable). */
export const recordedEvents = (s: Pick<InspectorState, 'record'>): readonly InspectedEvent[] => recordItems(s.record);

/** The events among `events` that the text filter and the type let through. */
export const filterEvents = (events: readonly InspectedEvent[], filter: string, type: string): readonly InspectedEvent[] =>
  filter.trim() === '' && type === '' ? events : events.filter((e) => matchesEvent(e, filter, type));

export function createInspectorStore(client: Pick<SyncClient, 'onEvents'>, limit = INSPECTOR_LIMIT, frames: FrameScheduler = immediateFrames): InspectorStore {
  const store = createStore<InspectorState>()((set) => ({
    record: emptyRecord(limit),
    limit,
    received: 0,
    paused: false,
    missed: 0,
    filter: '',
    type: '',
    selectedId: undefined,
    setPaused: (paused) => set((s) => (s.paused === paused ? s : { paused, missed: 0 })),
    clear: () => set({ record: emptyRecord(limit), missed: 0, selectedId: undefined }),
    setFilter: (filter) => set({ filter }),
    setType: (type) => set({ type }),
    select: (selectedId) => set({ selectedId }),
  }));

  const stop = client.onEvents((batch, receivedAt) => {
    const s = store.getState();
    if (s.paused) return store.setState({ received: s.received + batch.length, missed: s.missed + batch.length });
    // Only the batch's last `limit` events can be kept: the rest are counted, not inspected.
    const from = Math.max(0, batch.length - limit);
    const fresh = batch.slice(from).map((event, i) => inspectEvent(event, s.received + from + i + 1, receivedAt));
    const record = appendToRecord(s.record, fresh);
    // The selected event keeps its detail only while it is still in the record.
    const oldest = oldestInRecord(record);
    const selectedId = s.selectedId !== undefined && oldest !== undefined && s.selectedId < oldest.id ? undefined : s.selectedId;
    store.setState({ record, received: s.received + batch.length, selectedId });
  });

  // The record follows every batch; readers (the open view) hear of it once per frame, or a window taking 1,000
  // batches a second would render its 5,000-row list 1,000 times a second.
  return publishedPerFrame(store, frames, stop);
}

/** The window's inspector record. */
export const inspectorStore = defineStore({ name: 'inspector', create: ({ client, options }) => createInspectorStore(client, INSPECTOR_LIMIT, options.frames) });
