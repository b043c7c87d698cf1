/**
 * The inspector's record: a bounded ring fed one update per delivered batch, with latency and payload size per
 * event, pause that counts instead of recording, clear, the topic/type filters and a selection that leaves with
 * its event.
 */
import { describe, expect, it } from 'vitest';
import type { WireEvent } from '../../../../../src/shared/contract';
import type { EventsListener } from '../../../../../src/renderer/src/sync/createEventTap';
import { createInspectorStore, filterEvents, recordedEvents } from '../../../../../src/renderer/src/features/inspector/inspectorStore';
import { manualFrames } from '../../support/manualFrames';

/** A stand-in for the sync client's tap: `deliver` plays one delta batch. */
function createSource() {
  const listeners = new Set<EventsListener>();
  return {
    onEvents(listener: EventsListener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    deliver: (events: WireEvent[], receivedAt = 10_000) => listeners.forEach((l) => l(events, receivedAt)),
    get listeners() {
      return listeners.size;
    },
  };
}

const ev = (seq: number, topic = 'agents:updates:acme', type = 'agent_updated', at?: number): WireEvent => ({
  seq,
  topic,
  type,
  payload: { n: seq },
  ...(at === undefined ? {} : { at }),
});

describe('inspectorStore', () => {
  it('records each event with its latency (receipt − commit) and payload size, and lets go of the tap on dispose', () => {
    const source = createSource();
    const store = createInspectorStore(source);
    source.deliver([ev(7, 'jobs:updates:acme', 'job_queued', 9_988), ev(8)], 10_000);
    // The size is measured when first read (a getter), so it is read here, beside the fields.
    expect(recordedEvents(store.getState()).map((e) => ({ ...e, size: e.size }))).toEqual([
      { id: 1, seq: 7, topic: 'jobs:updates:acme', type: 'job_queued', payload: { n: 7 }, receivedAt: 10_000, latencyMs: 12, size: 7 },
      { id: 2, seq: 8, topic: 'agents:updates:acme', type: 'agent_updated', payload: { n: 8 }, receivedAt: 10_000, latencyMs: undefined, size: 7 },
    ]);
    store.dispose();
    expect(source.listeners).toBe(0);
  });

  it('keeps only the latest `limit` events, oldest out first', () => {
    const source = createSource();
    const store = createInspectorStore(source, 5);
    source.deliver([1, 2, 3].map((s) => ev(s)));
    source.deliver([4, 5, 6, 7].map((s) => ev(s)));
    expect(recordedEvents(store.getState()).map((e) => e.seq)).toEqual([3, 4, 5, 6, 7]);
    source.deliver(Array.from({ length: 12 }, (_, i) => ev(100 + i)));
    expect(recordedEvents(store.getState()).map((e) => e.seq)).toEqual([107, 108, 109, 110, 111]);
    // Receipt numbers count the batch's events that were never kept.
    expect(recordedEvents(store.getState()).map((e) => e.id)).toEqual([15, 16, 17, 18, 19]);
    expect(store.getState().received).toBe(19);
    store.dispose();
  });

  it('updates the store once per batch, however many events it carries', () => {
    const source = createSource();
    const store = createInspectorStore(source);
    let updates = 0;
    const stop = store.subscribe(() => updates++);
    source.deliver(Array.from({ length: 50 }, (_, i) => ev(i + 1)));
    source.deliver([ev(51)]);
    expect(updates).toBe(2);
    expect(recordedEvents(store.getState())).toHaveLength(51);
    stop();
    store.dispose();
  });

  it('records every batch at once and tells its readers once per frame, with all of them', () => {
    const source = createSource();
    const frames = manualFrames();
    const store = createInspectorStore(source, 5000, frames);
    const told: number[] = [];
    const stop = store.subscribe((s) => told.push(recordedEvents(s).length));
    source.deliver([ev(1)]);
    source.deliver([ev(2), ev(3)]);
    expect(recordedEvents(store.getState())).toHaveLength(3);
    expect(told).toEqual([]);
    expect(frames.pending).toBe(1);
    frames.run();
    expect(told).toEqual([3]);
    // A frame still to come when the store goes is dropped, and the tap is let go.
    source.deliver([ev(4)]);
    store.dispose();
    frames.run();
    expect(told).toEqual([3]);
    expect(source.listeners).toBe(0);
    stop();
  });

  it('while paused records nothing and counts what arrived; resuming records again and resets the count', () => {
    const source = createSource();
    const store = createInspectorStore(source);
    source.deliver([ev(1)]);
    store.getState().setPaused(true);
    source.deliver([ev(2), ev(3)]);
    source.deliver([ev(4)]);
    expect(store.getState()).toMatchObject({ paused: true, missed: 3 });
    expect(recordedEvents(store.getState()).map((e) => e.seq)).toEqual([1]);
    store.getState().setPaused(false);
    expect(store.getState()).toMatchObject({ paused: false, missed: 0 });
    source.deliver([ev(5)]);
    expect(recordedEvents(store.getState()).map((e) => e.seq)).toEqual([1, 5]);
    // Receipt numbers count the events missed while paused too.
    expect(recordedEvents(store.getState()).map((e) => e.id)).toEqual([1, 5]);
    store.dispose();
  });

  it('clears the record, the paused count and the selection, and keeps recording', () => {
    const source = createSource();
    const store = createInspectorStore(source);
    source.deliver([ev(1), ev(2)]);
    store.getState().select(2);
    store.getState().setPaused(true);
    source.deliver([ev(3)]);
    store.getState().clear();
    expect(store.getState()).toMatchObject({ missed: 0, selectedId: undefined, paused: true });
    expect(recordedEvents(store.getState())).toEqual([]);
    store.getState().setPaused(false);
    source.deliver([ev(4)]);
    expect(recordedEvents(store.getState()).map((e) => e.seq)).toEqual([4]);
    store.dispose();
  });

  it('filters by text in topic or type and by exact type', () => {
    const source = createSource();
    const store = createInspectorStore(source);
    source.deliver([ev(1, 'agents:updates:acme', 'agent_updated'), ev(2, 'jobs:updates:acme', 'job_queued'), ev(3, 'jobs:updates:acme', 'job_started'), ev(4, 'presence:acme', 'joined')]);
    const seqs = () => {
      const s = store.getState();
      return filterEvents(recordedEvents(s), s.filter, s.type).map((e) => e.seq);
    };
    expect(seqs()).toEqual([1, 2, 3, 4]);
    store.getState().setFilter('  JOBS: ');
    expect(seqs()).toEqual([2, 3]);
    store.getState().setFilter('agent_upd');
    expect(seqs()).toEqual([1]);
    store.getState().setFilter('jobs');
    store.getState().setType('job_started');
    expect(seqs()).toEqual([3]);
    store.getState().setFilter('');
    expect(seqs()).toEqual([3]);
    store.getState().setType('');
    expect(seqs()).toEqual([1, 2, 3, 4]);
    store.dispose();
  });

  it('drops the selection once its event leaves the ring', () => {
    const source = createSource();
    const store = createInspectorStore(source, 2);
    source.deliver([ev(1), ev(2)]);
    store.getState().select(2);
    source.deliver([ev(3)]);
    expect(store.getState().selectedId).toBe(2);
    source.deliver([ev(4)]);
    expect(store.getState().selectedId).toBeUndefined();
    store.dispose();
  });
});
