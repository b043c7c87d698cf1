/**
 * The recently-synced table's store: the reducer keeps the server's order and cap; the store applies every event
 * but publishes at most once per refetch window (trailing, final state exact), shows the first snapshot at once,
 * and keeps the rows on screen while a new cutoff loads.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RECENT_CASES_SHOWN, type Case } from '../../../../../src/shared/contract';
import { recentCasesStore } from '../../../../../src/renderer/src/features/scrape/recentCasesStore';
import { newestFirst, recentCasesReducer, upsertCase } from '../../../../../src/renderer/src/features/scrape/recentCasesReducer';
import { freshCount } from '../../../../../src/renderer/src/features/scrape/RecentCasesTable';
import { buildStores, type Stores } from '../../../../../src/renderer/src/stores/buildStores';
import { RELEASE_GRACE_MS } from '../../../../../src/renderer/src/stores/createReplicaStore';
import { createFakeClient, type FakeClient } from '../../support/createFakeClient';
import { kase } from '../cases/caseFixtures';

const syncedAt = (c: Case, ms: number) => ({ ...c, lastSyncedAt: new Date(ms).toISOString() });

describe('recentCasesReducer', () => {
  it('upserts a synced case at its place, newest first, ties by higher id, without duplicates', () => {
    const a = kase(1);
    const b = kase(2);
    let cases = recentCasesReducer.init({ cases: [a, b], cutoff: '' });
    expect(cases.map((c) => c.id)).toEqual([2, 1]);
    cases = upsertCase(cases, { ...a, lastSyncedAt: b.lastSyncedAt });
    expect(cases.map((c) => c.id)).toEqual([2, 1]);
    cases = upsertCase(cases, syncedAt(a, Date.parse(b.lastSyncedAt) + 1));
    expect(cases.map((c) => c.id)).toEqual([1, 2]);
    expect([kase(5), kase(9), kase(3)].sort(newestFirst).map((c) => c.id)).toEqual([9, 5, 3]);
  });

  it('caps at the number the server shows, dropping the oldest', () => {
    let cases: readonly Case[] = [];
    for (let id = 1; id <= RECENT_CASES_SHOWN + 20; id++) cases = upsertCase(cases, syncedAt(kase(id), 1_000_000 + id));
    expect(cases).toHaveLength(RECENT_CASES_SHOWN);
    expect(cases[0]?.id).toBe(RECENT_CASES_SHOWN + 20);
    expect(cases.at(-1)?.id).toBe(21);
  });

  it('counts the rows still inside the cutoff (the rest age out)', () => {
    const cases = [syncedAt(kase(3), 3000), syncedAt(kase(2), 2000), syncedAt(kase(1), 1000)];
    expect(freshCount(cases, new Date(0).toISOString())).toBe(3);
    expect(freshCount(cases, new Date(1500).toISOString())).toBe(2);
    expect(freshCount(cases, new Date(3000).toISOString())).toBe(0);
  });
});

describe('recentCasesStore', () => {
  let fake: FakeClient;
  let stores: Stores;
  let stop: () => void;
  let publishes: number;
  const store = () => stores.get(recentCasesStore);

  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(Date.UTC(2026, 0, 1, 12, 0, 0));
    fake = createFakeClient();
    stores = buildStores(fake.client, [recentCasesStore]);
    publishes = 0;
    stop = store().subscribe(() => publishes++);
  });
  afterEach(() => {
    stop();
    vi.advanceTimersByTime(RELEASE_GRACE_MS);
    stores.dispose();
    expect(fake.openSubscriptions()).toBe(0);
    vi.useRealTimers();
  });

  it('watches cases.recent with the default cutoff and shows its snapshot at once', () => {
    expect(fake.replicas).toHaveLength(1);
    expect(fake.replicas[0]!.key).toBe('cases.recent:{"cutoffMinutes":10}');
    fake.replicas[0]!.loaded(5, { cases: [kase(1)], cutoff: '' });
    expect(store().getState()).toMatchObject({ status: 'live', updates: 1 });
    expect(store().getState().data?.map((c) => c.id)).toEqual([1]);
  });

  it('1,000 events: at most ceil(duration / window) + 1 updates, and the final rows exact', () => {
    const replica = fake.replicas[0]!;
    replica.loaded(0, { cases: [], cutoff: '' });
    const before = store().getState().updates;
    const windowMs = store().getState().windowMs;
    expect(windowMs).toBe(2000);
    const start = Date.now();
    let expected: readonly Case[] = [];
    for (let i = 1; i <= 1000; i++) {
      vi.advanceTimersByTime(7);
      // 300 distinct cases, synced again and again, some created: what a scrape's burst looks like.
      const c = syncedAt(kase((i % 300) + 1), Date.now());
      expected = upsertCase(expected, c);
      const event = i <= 300 ? { type: 'case_created', payload: { case: c } } : { type: 'case_synced', payload: { case: c, changes: [] } };
      replica.receive([{ seq: i, topic: i <= 300 ? 'case:created' : 'case:synced', ...event }]);
    }
    const duration = Date.now() - start;
    vi.advanceTimersByTime(windowMs);
    const updates = store().getState().updates - before;
    expect(updates).toBeLessThanOrEqual(Math.ceil(duration / windowMs) + 1);
    expect(updates).toBeGreaterThanOrEqual(2);
    expect(store().getState().data).toEqual(expected);
    expect(store().getState().data).toHaveLength(300);
    expect(publishes).toBeLessThanOrEqual(Math.ceil(duration / windowMs) + 2);
  });

  it('a shorter window updates more often; the rows stay on screen while a new cutoff loads', () => {
    fake.replicas[0]!.loaded(0, { cases: [kase(1)], cutoff: '' });
    store().getState().setWindowMs(500);
    for (let i = 1; i <= 100; i++) {
      vi.advanceTimersByTime(20);
      fake.replicas[0]!.receive([{ seq: i, topic: 'case:synced', type: 'case_synced', payload: { case: syncedAt(kase(1), Date.now()), changes: [] } }]);
    }
    vi.advanceTimersByTime(500);
    // 2 s of events in 0.5 s windows.
    expect(store().getState().updates).toBeGreaterThanOrEqual(4);
    expect(store().getState().updates).toBeLessThanOrEqual(6);

    const shown = store().getState().data;
    store().getState().setCutoff(60);
    expect(fake.replicas).toHaveLength(2);
    expect(fake.replicas[1]!.key).toBe('cases.recent:{"cutoffMinutes":60}');
    vi.advanceTimersByTime(500);
    expect(store().getState().data).toBe(shown);
    fake.replicas[1]!.loaded(200, { cases: [kase(1), kase(2)], cutoff: '' });
    vi.advanceTimersByTime(500);
    expect(store().getState().data?.map((c) => c.id)).toEqual([2, 1]);
    expect(store().getState().status).toBe('live');
  });
});
