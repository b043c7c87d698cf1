// @vitest-environment happy-dom
/**
 * The Scrape view over the real stores: the sources list and the latest scrape's progress widget follow
 * `scrapes:<org>` (pages done of the total with the percentage, counts, rate, ETA, skipped rows folded, Cancel
 * while running) with the sidebar count of scrapes under way; Add source validates as you type with the
 * contract's schema and shows the server's message beside its field; the recent table carries its update count.
 */
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { InvalidInputError, type Scrape, type Source } from '../../../../../src/shared/contract';
import { connectionStore } from '../../../../../src/renderer/src/features/connection';
import { recentCasesStore } from '../../../../../src/renderer/src/features/scrape/recentCasesStore';
import { RunningScrapesCount } from '../../../../../src/renderer/src/features/scrape/RunningScrapesCount';
import { scrapesStore } from '../../../../../src/renderer/src/features/scrape/scrapesStore';
import { ScrapeView } from '../../../../../src/renderer/src/features/scrape/ScrapeView';
import { toastsStore } from '../../../../../src/renderer/src/features/toasts';
import { buildStores, type Stores } from '../../../../../src/renderer/src/stores/buildStores';
import { createFakeClient, type FakeClient } from '../../support/createFakeClient';
import { fire, type, type Rendered } from '../../ui/renderRoot';
import { kase } from '../cases/caseFixtures';
import { renderWithStores, replicaOf } from '../renderWithStores';

const source: Source = { id: 1, orgId: 'acme', name: 'HSE register', url: 'http://127.0.0.1:9/register?page=1', format: 'html-table', createdAt: '2026-01-01T12:00:00.000Z' };
const scrape = (overrides: Partial<Scrape> = {}): Scrape => ({
  id: 4,
  orgId: 'acme',
  sourceId: 1,
  sourceName: 'HSE register',
  status: 'running',
  pagesDone: 3,
  pagesTotal: 10,
  casesCreated: 120,
  casesSynced: 28,
  errorCount: 1,
  errors: [{ page: 2, row: 3, reason: '"a lot" is not an amount of money' }],
  rate: 48.2,
  etaSeconds: 12,
  failure: null,
  startedBy: 'alice',
  createdAt: '2026-01-01T12:00:00.000Z',
  startedAt: '2026-01-01T12:00:00.000Z',
  finishedAt: null,
  ...overrides,
});
const flush = async () => {
  for (let i = 0; i < 5; i++) await act(() => Promise.resolve());
};

describe('ScrapeView', () => {
  let fake: FakeClient;
  let stores: Stores;
  let view: Rendered | undefined;
  const q = (id: string) => document.querySelector<HTMLElement>(`[data-testid="${id}"]`);
  const all = (id: string) => [...document.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`)];
  const click = (element: HTMLElement | null) => fire(element!, new MouseEvent('click', { bubbles: true }));

  beforeEach(() => {
    fake = createFakeClient();
    stores = buildStores(fake.client, [toastsStore, connectionStore, scrapesStore, recentCasesStore], { graceMs: 0 });
    view = renderWithStores(
      stores,
      <>
        <RunningScrapesCount />
        <ScrapeView />
      </>,
    );
  });
  afterEach(() => {
    view?.unmount();
    view = undefined;
    stores.dispose();
  });

  it('shows the latest scrape as a progress widget, live, with the sidebar count while it runs', () => {
    act(() => replicaOf(fake, 'scrapes.list').loaded(10, { sources: [source], scrapes: [scrape()] }));
    expect(all('source').map((s) => s.dataset['sourceId'])).toEqual(['1']);
    expect(q('scrape-progress')?.dataset).toMatchObject({ scrapeId: '4', status: 'running' });
    expect(q('scrape-bar-percent')?.textContent).toBe('30%');
    expect(q('scrape-pages')?.textContent).toBe('3 / 10 pages');
    expect(q('scrape-created')?.textContent).toBe('120');
    expect(q('scrape-synced')?.textContent).toBe('28');
    expect(q('scrape-error-count')?.textContent).toBe('1');
    expect(q('scrape-rate')?.textContent).toBe('48 cases/s');
    expect(q('scrape-eta')?.textContent).toBe('about 12.0 s left');
    expect(all('scrape-error').map((e) => e.textContent)).toEqual(['23"a lot" is not an amount of money']);
    expect(q('scrape-cancel')).not.toBeNull();
    expect(q('nav-scrape-count')?.textContent).toBe('1');

    act(() =>
      replicaOf(fake, 'scrapes.list').receive([
        { seq: 11, topic: 'scrapes:acme', type: 'scrape_updated', payload: { scrape: scrape({ status: 'completed', pagesDone: 10, finishedAt: '2026-01-01T12:00:05.000Z' }) } },
      ]),
    );
    expect(q('scrape-progress')?.dataset['status']).toBe('completed');
    expect(q('scrape-status')?.textContent).toBe('Completed');
    expect(q('scrape-bar-percent')?.textContent).toBe('100%');
    expect(q('scrape-cancel')).toBeNull();
    expect(q('nav-scrape-count')?.textContent).toBe('');
  });

  it('starts and cancels through the store', async () => {
    act(() => replicaOf(fake, 'scrapes.list').loaded(10, { sources: [source], scrapes: [] }));
    click(q('source-start'));
    expect(fake.commands.map((c) => [c.name, c.input])).toEqual([['scrapes.start', { sourceId: 1 }]]);
    act(() => fake.commands[0]!.resolve(scrape({ id: 9, status: 'queued' }), 11));
    act(() => replicaOf(fake, 'scrapes.list').receive([{ seq: 11, topic: 'scrapes:acme', type: 'scrape_updated', payload: { scrape: scrape({ id: 9, status: 'queued' }) } }]));
    act(() => fake.reachSeq(11));
    await flush();
    expect(q('scrape-progress')?.dataset['scrapeId']).toBe('9');
    click(q('scrape-cancel'));
    expect(fake.commands.map((c) => [c.name, c.input])).toEqual([['scrapes.cancel', { id: 9 }]]);
    act(() => fake.commands[0]!.resolve(scrape({ id: 9, status: 'cancelled' }), 12));
  });

  it('Add source validates as you type and shows the server’s message beside its field', async () => {
    act(() => replicaOf(fake, 'scrapes.list').loaded(10, { sources: [], scrapes: [] }));
    expect(q('sources-empty')?.textContent).toContain('No sources yet');
    click(q('add-source-open'));
    type(q('source-name') as HTMLInputElement, 'HSE');
    type(q('source-url') as HTMLInputElement, 'ftp://example.org');
    expect(q('source-url-error')?.textContent).toBe('url must be an http(s) URL');
    type(q('source-url') as HTMLInputElement, 'https://example.org/register');
    expect(q('source-url-error')?.textContent).toBe('');

    fire(document.querySelector('form')!, new Event('submit', { bubbles: true, cancelable: true }));
    expect(fake.commands.map((c) => [c.name, c.input])).toEqual([['sources.add', { name: 'HSE', url: 'https://example.org/register', format: 'html-table' }]]);
    act(() => fake.commands[0]!.reject(new InvalidInputError('Invalid input', { fields: { url: 'that host does not answer' } })));
    await flush();
    expect(q('source-url-error')?.textContent).toBe('that host does not answer');
    expect(q('add-source')).not.toBeNull();
  });

  it('the recent table carries its rows and how often it updated', () => {
    act(() => replicaOf(fake, 'cases.recent').loaded(10, { cases: [kase(1, { lastSyncedAt: new Date().toISOString() })], cutoff: '' }));
    expect(q('recent-cases')?.dataset).toMatchObject({ updates: '1', count: '1', firstReference: 'HSE-001', status: 'live' });
    expect(all('recent-row').map((r) => r.dataset['reference'])).toEqual(['HSE-001']);
  });

  it('rows age out on the one-second clock, without a reload', () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
    try {
      const now = Date.now();
      const old = kase(1, { lastSyncedAt: new Date(now - 10 * 60_000 + 1500).toISOString() });
      const fresh = kase(2, { lastSyncedAt: new Date(now - 1000).toISOString() });
      act(() => replicaOf(fake, 'cases.recent').loaded(10, { cases: [fresh, old], cutoff: '' }));
      expect(all('recent-row').map((r) => r.dataset['reference'])).toEqual(['HSE-002', 'HSE-001']);
      act(() => vi.advanceTimersByTime(2000));
      expect(all('recent-row').map((r) => r.dataset['reference'])).toEqual(['HSE-002']);
      expect(fake.watchCount).toBe(2);
    } finally {
      vi.useRealTimers();
    }
  });
});
