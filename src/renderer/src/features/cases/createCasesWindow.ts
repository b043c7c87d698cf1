/**
 * The Cases table as a live, windowed query: the rows around the viewport are pages of `cases.page` (a replica
 * each, so a case synced on screen updates in place), fetched as the user scrolls and let go when far away; the
 * total sizes the scrollbar. A created case bumps the total at once and refetches the held pages at most once a
 * second, each old page staying on screen until its fresh snapshot lands. A new search or sort keeps the old rows
 * up (stale) until the first page of the new one arrives: no empty flash.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Case, CaseSortColumn, SwitchboardError } from '../../../../shared/contract';
import type { Replica, ReplicaStatus } from '../../sync/createReplica';
import type { SyncClient } from '../../sync/createSyncClient';
import { createCoalescer } from '../../ui/live/createCoalescer';
import { createPageReducer, type CasesPage } from './casesPageReducer';

export const CASES_PAGE_SIZE = 200;
/** How often a burst of created cases may refetch the window. */
export const REFETCH_MS = 1000;
/** How often the table may re-render while events stream in (well inside "within a second"). */
export const PUBLISH_MS = 150;
/** How long the viewport rests before its pages are fetched: a fling through 100k rows fetches where it lands. */
export const RANGE_SETTLE_MS = 60;

export interface CasesQuery {
  readonly q: string;
  readonly sort: CaseSortColumn;
  readonly dir: 'asc' | 'desc';
}

export interface CasesWindowState {
  readonly query: CasesQuery;
  readonly status: ReplicaStatus;
  readonly error: SwitchboardError | undefined;
  /** Rows matching the query, once known. */
  readonly total: number | undefined;
  /** Loaded rows by page index (`CASES_PAGE_SIZE` each). */
  readonly pages: ReadonlyMap<number, readonly Case[]>;
  setQuery(query: Partial<CasesQuery>): void;
  /** The rows the viewport shows, `first` to `end` (exclusive). */
  setRange(first: number, end: number): void;
}

export interface CasesWindowStore extends StoreApi<CasesWindowState> {
  dispose(): void;
}

interface Held {
  readonly index: number;
  replica: Replica<CasesPage>;
  stop(): void;
  /** The refetch in flight; promoted when its snapshot lands. */
  next: { replica: Replica<CasesPage>; stop(): void } | undefined;
  created: number;
  /** The replica whose rows were last painted (a landing one is painted at once). */
  shownReplica: Replica<CasesPage> | undefined;
}

export const rowAt = (pages: ReadonlyMap<number, readonly Case[]>, index: number): Case | undefined =>
  pages.get(Math.floor(index / CASES_PAGE_SIZE))?.[index % CASES_PAGE_SIZE];

export function createCasesWindow(client: Pick<SyncClient, 'watch'>, graceMs: number): CasesWindowStore {
  let held = new Map<number, Held>();
  let retiring: Map<number, Held> | undefined;
  let reducer = createPageReducer();
  let range = { first: 0, end: 50 };
  let listeners = 0;
  let releaseTimer: ReturnType<typeof setTimeout> | undefined;
  let rangeTimer: ReturnType<typeof setTimeout> | undefined;

  const store = createStore<CasesWindowState>()((_set, get) => ({
    query: { q: '', sort: 'lastSyncedAt', dir: 'desc' },
    status: 'loading',
    error: undefined,
    total: undefined,
    pages: new Map(),
    setQuery(partial) {
      const query = { ...get().query, ...partial };
      const current = get().query;
      if (query.q === current.q && query.sort === current.sort && query.dir === current.dir) return;
      store.setState({ query });
      // The rows on screen stay until the new query's first page lands; a query typed over one still loading
      // keeps the last rows that did land.
      if (retiring && ![...held.values()].some((e) => e.replica.getState().data !== undefined)) {
        release(held);
      } else {
        release(retiring);
        retiring = held;
      }
      held = new Map();
      reducer = createPageReducer();
      range = { first: 0, end: range.end - range.first };
      if (listeners > 0) ensure();
      publisher.push(null);
    },
    setRange(first, end) {
      range = { first, end };
      if (rangeTimer !== undefined) clearTimeout(rangeTimer);
      rangeTimer = undefined;
      if (listeners === 0) return;
      if (covered()) ensure();
      else rangeTimer = setTimeout(ensure, RANGE_SETTLE_MS);
    },
  }));

  const publisher = createCoalescer<null>(PUBLISH_MS, () => publish());
  const refetcher = createCoalescer<null>(REFETCH_MS, () => refetch());

  function paramsOf(index: number) {
    const { q, sort, dir } = store.getState().query;
    return { ...(q.trim() ? { q: q.trim() } : {}), sort, dir, offset: index * CASES_PAGE_SIZE, limit: CASES_PAGE_SIZE };
  }

  function watchPage(index: number, onChange: () => void) {
    const replica = client.watch('cases.page', paramsOf(index), reducer);
    const stop = replica.subscribe(onChange);
    return { replica, stop };
  }

  function changed(entry: Held) {
    // A page of the previous query, still on screen: it only needs painting.
    if (held.get(entry.index) !== entry) return publisher.push(null);
    const data = entry.replica.getState().data;
    if (data && data.created > entry.created) {
      entry.created = data.created;
      refetcher.push(null);
    }
    const next = entry.next?.replica.getState();
    if (entry.next && next && next.data !== undefined) {
      // The fresh snapshot landed: it replaces the page it refetched.
      entry.stop();
      entry.replica.dispose();
      entry.replica = entry.next.replica;
      entry.stop = entry.next.stop;
      entry.created = 0;
      entry.next = undefined;
    }
    if (retiring && entry.replica.getState().data !== undefined) {
      release(retiring);
      retiring = undefined;
    }
    // A page of the current query landing (a new search's first rows, a refetch) paints at once; only the
    // stream of in-place syncs waits for the publish window.
    const landed = entry.replica.getState().data !== undefined && entry.shownReplica !== entry.replica;
    if (landed) entry.shownReplica = entry.replica;
    publisher.push(null);
    if (landed) publisher.flush();
  }

  function hold(index: number) {
    let entry: Held | undefined = undefined;
    const { replica, stop } = watchPage(index, () => entry && changed(entry));
    entry = { index, replica, stop, next: undefined, created: 0, shownReplica: undefined };
    held.set(index, entry);
    changed(entry);
  }

  /** Whether the pages held already hold every row of the range (then nothing is fetched, only far pages let go). */
  function covered(): boolean {
    const from = Math.floor(range.first / CASES_PAGE_SIZE);
    const to = Math.floor(Math.max(range.first, range.end - 1) / CASES_PAGE_SIZE);
    for (let index = from; index <= to; index++) if (!held.has(index)) return false;
    return true;
  }

  function ensure() {
    rangeTimer = undefined;
    if (listeners === 0) return;
    const total = store.getState().total;
    const last = Math.max(range.first, range.end - 1);
    const from = Math.floor(range.first / CASES_PAGE_SIZE);
    let to = Math.floor(last / CASES_PAGE_SIZE);
    if (total !== undefined) to = Math.max(from, Math.min(to, Math.floor(Math.max(0, total - 1) / CASES_PAGE_SIZE)));
    // One page of slack each side, so scrolling back and forth over a page edge does not refetch.
    for (const [index, entry] of held) {
      if (index < from - 1 || index > to + 1) {
        releaseOne(entry);
        held.delete(index);
      }
    }
    for (let index = from; index <= to; index++) if (!held.has(index)) hold(index);
    publisher.push(null);
  }

  function refetch() {
    reducer = createPageReducer();
    for (const [index, entry] of held) {
      if (entry.next) {
        entry.next.stop();
        entry.next.replica.dispose();
      }
      entry.next = watchPage(index, () => changed(entry));
    }
  }

  function releaseOne(entry: Held) {
    entry.stop();
    entry.replica.dispose();
    entry.next?.stop();
    entry.next?.replica.dispose();
  }

  function release(pages: Map<number, Held> | undefined) {
    pages?.forEach(releaseOne);
    pages?.clear();
  }

  function publish() {
    const shown = [...held].filter(([, e]) => e.replica.getState().data !== undefined);
    const source = shown.length === 0 && retiring ? [...retiring].filter(([, e]) => e.replica.getState().data !== undefined) : shown;
    const pages = new Map<number, readonly Case[]>();
    let total: number | undefined;
    for (const [index, entry] of source) {
      const data = entry.replica.getState().data!;
      pages.set(index, data.cases);
      total ??= data.total + data.created;
    }
    const states = [...held.values()].map((e) => e.replica.getState());
    const error = states.find((s) => s.status === 'error')?.error;
    const status: ReplicaStatus = error ? 'error' : shown.length === 0 ? (source.length > 0 ? 'stale' : 'loading') : states.some((s) => s.status !== 'live') ? 'stale' : 'live';
    const current = store.getState();
    const same = pages.size === current.pages.size && [...pages].every(([index, rows]) => current.pages.get(index) === rows);
    const next = { total: total ?? current.total, status, error };
    if (same && next.total === current.total && status === current.status && error === current.error) return;
    store.setState({ ...next, pages: same ? current.pages : pages });
  }

  return {
    ...store,
    subscribe(listener) {
      if (releaseTimer !== undefined) clearTimeout(releaseTimer);
      releaseTimer = undefined;
      if (listeners++ === 0) ensure();
      const stop = store.subscribe(listener);
      let active = true;
      return () => {
        if (!active) return;
        active = false;
        stop();
        if (--listeners === 0) {
          releaseTimer = setTimeout(() => {
            release(held);
            release(retiring);
            retiring = undefined;
          }, graceMs);
        }
      };
    },
    dispose() {
      if (releaseTimer !== undefined) clearTimeout(releaseTimer);
      if (rangeTimer !== undefined) clearTimeout(rangeTimer);
      publisher.dispose();
      refetcher.dispose();
      release(held);
      release(retiring);
      retiring = undefined;
    },
  };
}
