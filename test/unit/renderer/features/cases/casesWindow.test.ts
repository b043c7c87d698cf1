/**
 * The Cases table's windowed query: pages around the viewport (never everything), a synced case patched in place,
 * created cases bumping the total and refetching at most once a second with the old rows kept up, a new search
 * keeping the old rows until its first page lands, and everything released at the end.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Case } from '../../../../../src/shared/contract';
import { casesWindowStore } from '../../../../../src/renderer/src/features/cases/casesWindowStore';
import { CASES_PAGE_SIZE, PUBLISH_MS, RANGE_SETTLE_MS, REFETCH_MS, rowAt } from '../../../../../src/renderer/src/features/cases/createCasesWindow';
import { caseDetailReducer } from '../../../../../src/renderer/src/features/cases/caseDetailReducer';
import { formatMoney, formatField } from '../../../../../src/renderer/src/features/cases/formatCase';
import { buildStores, type Stores } from '../../../../../src/renderer/src/stores/buildStores';
import { RELEASE_GRACE_MS } from '../../../../../src/renderer/src/stores/createReplicaStore';
import { createFakeClient, type FakeClient } from '../../support/createFakeClient';
import { kase } from './caseFixtures';

const page = (from: number, count: number): Case[] => Array.from({ length: count }, (_, i) => kase(from + i));
const paramsOf = (key: string) => JSON.parse(key.slice('cases.page:'.length)) as Record<string, unknown>;

describe('casesWindowStore', () => {
  let fake: FakeClient;
  let stores: Stores;
  let stop: () => void;
  let seq = 100;
  const store = () => stores.get(casesWindowStore);
  const send = (type: 'case_synced' | 'case_created', c: Case) =>
    fake.replicas.forEach((r) =>
      r.receive([{ seq: ++seq, topic: type === 'case_synced' ? 'case:synced' : 'case:created', type, payload: type === 'case_synced' ? { case: c, changes: [] } : { case: c } }]),
    );

  beforeEach(() => {
    vi.useFakeTimers();
    fake = createFakeClient();
    stores = buildStores(fake.client, [casesWindowStore]);
    stop = store().subscribe(() => {});
  });
  afterEach(() => {
    stop();
    vi.advanceTimersByTime(RELEASE_GRACE_MS);
    stores.dispose();
    expect(fake.openSubscriptions()).toBe(0);
    vi.useRealTimers();
  });

  it('asks for the first page sorted by last synced, newest first, and sizes the table from its total', () => {
    expect(fake.replicas).toHaveLength(1);
    expect(paramsOf(fake.replicas[0]!.key)).toEqual({ sort: 'lastSyncedAt', dir: 'desc', offset: 0, limit: CASES_PAGE_SIZE });
    fake.replicas[0]!.loaded(1, { cases: page(1, CASES_PAGE_SIZE), total: 100_000 });
    expect(store().getState()).toMatchObject({ status: 'live', total: 100_000 });
    expect(rowAt(store().getState().pages, 0)?.id).toBe(1);
    expect(rowAt(store().getState().pages, 250)).toBeUndefined();
  });

  it('fetches the pages the viewport reaches and lets far ones go: a few pages held, never 100k rows', () => {
    fake.replicas[0]!.loaded(1, { cases: page(1, CASES_PAGE_SIZE), total: 100_000 });
    // A fling past thousands of rows fetches only where the viewport comes to rest.
    for (let at = 1000; at < 50_000; at += 5000) store().getState().setRange(at, at + 40);
    store().getState().setRange(50_000, 50_040);
    expect(fake.replicas).toHaveLength(1);
    vi.advanceTimersByTime(RANGE_SETTLE_MS);
    const held = () => fake.openSubscriptions();
    const keys = fake.replicas.slice(1).map((r) => paramsOf(r.key).offset);
    expect(keys).toEqual([50_000 - (50_000 % CASES_PAGE_SIZE)]);
    // The first page was far away: released.
    expect(held()).toBe(1);
    fake.replicas[1]!.loaded(2, { cases: page(50_001, CASES_PAGE_SIZE), total: 100_000 });
    vi.advanceTimersByTime(PUBLISH_MS);
    expect(rowAt(store().getState().pages, 50_000)?.id).toBe(50_001);
    expect(store().getState().pages.size).toBe(1);
    // Straddling a page edge holds both pages.
    store().getState().setRange(50_190, 50_230);
    vi.advanceTimersByTime(RANGE_SETTLE_MS);
    expect(held()).toBe(2);
    // Back inside the held pages: nothing fetched, and nothing waits.
    store().getState().setRange(50_010, 50_050);
    expect(held()).toBe(2);
  });

  it('patches a synced case in place within a publish window and ignores cases elsewhere', () => {
    fake.replicas[0]!.loaded(1, { cases: page(1, 5), total: 5 });
    const before = store().getState().pages.get(0);
    send('case_synced', kase(3, { fine: 9999, lastSyncedAt: '2026-02-01T00:00:00.000Z' }));
    send('case_synced', kase(4000, { fine: 1 }));
    vi.advanceTimersByTime(PUBLISH_MS);
    const after = store().getState().pages.get(0)!;
    expect(after).not.toBe(before);
    expect(after.map((c) => c.id)).toEqual([1, 2, 3, 4, 5]);
    expect(after[2]?.fine).toBe(9999);
  });

  it('created cases bump the total at once and refetch the window at most once a second, keeping the rows up', () => {
    fake.replicas[0]!.loaded(1, { cases: page(1, 5), total: 5 });
    for (let i = 0; i < 50; i++) {
      send('case_created', kase(1000 + i));
      vi.advanceTimersByTime(10);
    }
    vi.advanceTimersByTime(PUBLISH_MS);
    expect(store().getState().total).toBe(55);
    // One refetch at once, one trailing after the second: not fifty.
    vi.advanceTimersByTime(REFETCH_MS);
    const refetches = fake.replicas.length - 1;
    expect(refetches).toBeGreaterThanOrEqual(1);
    expect(refetches).toBeLessThanOrEqual(2);
    expect(store().getState().pages.get(0)?.map((c) => c.id)).toEqual([1, 2, 3, 4, 5]);
    const fresh = fake.replicas.at(-1)!;
    fresh.loaded(seq, { cases: [kase(1049), ...page(1, 4)], total: 55 });
    vi.advanceTimersByTime(PUBLISH_MS);
    expect(store().getState().pages.get(0)?.[0]?.id).toBe(1049);
    expect(store().getState().total).toBe(55);
  });

  it('a search or sort asks anew and keeps the old rows on screen until the new first page lands', () => {
    fake.replicas[0]!.loaded(1, { cases: page(1, 5), total: 5 });
    store().getState().setQuery({ q: ' HSE-003 ' });
    store().getState().setQuery({ sort: 'fine', dir: 'asc' });
    vi.advanceTimersByTime(PUBLISH_MS);
    const last = fake.replicas.at(-1)!;
    expect(paramsOf(last.key)).toEqual({ q: 'HSE-003', sort: 'fine', dir: 'asc', offset: 0, limit: CASES_PAGE_SIZE });
    expect(store().getState()).toMatchObject({ status: 'stale', total: 5 });
    expect(store().getState().pages.get(0)).toHaveLength(5);
    last.loaded(2, { cases: [kase(3)], total: 1 });
    vi.advanceTimersByTime(PUBLISH_MS);
    expect(store().getState()).toMatchObject({ status: 'live', total: 1 });
    expect(store().getState().pages.get(0)?.map((c) => c.id)).toEqual([3]);
    expect(fake.openSubscriptions()).toBe(1);
  });
});

describe('a case page', () => {
  it('replaces the case on each sync and puts a change first in its history', () => {
    const detail = caseDetailReducer.init({ ...kase(1), history: [{ id: 1, at: 'x', kind: 'created', scrapeId: 1, changes: [] }] });
    const changed = kase(1, { fine: 9999 });
    const entry = { id: 2, at: 'y', kind: 'synced' as const, scrapeId: 2, changes: [{ field: 'fine' as const, from: 1001.5, to: 9999 }] };
    let next = caseDetailReducer.reduce(detail, { seq: 2, topic: 'case:synced:1', type: 'case_synced', payload: { case: changed, changes: entry.changes, entry } });
    expect(next.fine).toBe(9999);
    expect(next.history.map((h) => h.id)).toEqual([2, 1]);
    next = caseDetailReducer.reduce(next, { seq: 3, topic: 'case:synced:1', type: 'case_synced', payload: { case: kase(1, { lastSyncedAt: 'z' }), changes: [], entry: null } });
    expect(next.lastSyncedAt).toBe('z');
    expect(next.history).toHaveLength(2);
  });

  it('formats money as pounds and blanks as a dash', () => {
    expect(formatMoney(1234.5)).toBe('£1,234.50');
    expect(formatMoney(null)).toBe('–');
    expect(formatField('fine', 250)).toBe('£250.00');
    expect(formatField('offender', 'Acme Ltd')).toBe('Acme Ltd');
    expect(formatField('address', null)).toBe('–');
  });
});
