/**
 * How a page of cases is written: new cases are indexed for search per page, a reference listed twice is created
 * then synced in order, and a sync writes only what changed while keeping search, history and events exact.
 * Pages come from a parse the test supplies, fetched from a loopback register.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Case, CaseHistoryEntry, LogEvent, Scrape } from '../../../src/shared/contract';
import type { ParsedPage } from '../../../src/main/contexts/cases';
import { createTestCore, type TestCore } from '../../support/createTestCore';
import { startFixtureRegister, type FixtureRegister } from '../../support/fixtureRegister';
import { parsedCase as kase } from '../../support/parsedCase';
import { waitFor } from '../../support/waitFor';

let core: TestCore;
let register: FixtureRegister;
afterEach(async () => {
  core?.dispose();
  await register?.close();
});

const alice = () => core.user('alice');
const run = <T>(name: string, input: unknown) => core.run<T>(name, input, alice());
const load = <T>(name: string, params: unknown) => core.load<T>(name, params, alice());


/** A core whose scrapes read `pages()` (one pass: page 1, then page 2) whatever the register serves. */
async function setUp(pages: () => ParsedPage[]) {
  register = await startFixtureRegister({ pages: 2, perPage: 1 });
  core = createTestCore({
    cases: {
      requestsPerSecond: 0,
      parse: async (_html, url) => {
        const number = Number(new URL(url).searchParams.get('page') ?? '1');
        const page = pages()[number - 1]!;
        return { ...page, next: number < 2 ? new URL(`/register?page=${number + 1}`, url).toString() : null };
      },
    },
  });
  const source = await run<{ id: number }>('sources.add', { name: 'r', url: register.url, format: 'html-table' });
  return async () => {
    const scrape = await run<Scrape>('scrapes.start', { sourceId: source.id });
    return waitFor(() => {
      const now = load<Scrape>('scrapes.get', { id: scrape.id });
      return now.status !== 'queued' && now.status !== 'running' ? now : undefined;
    }, 'the scrape to end', 10_000);
  };
}

const page = (...cases: ReturnType<typeof kase>[]): ParsedPage => ({ cases, errors: [], next: null, pagesTotal: 2 });
const search = (q: string) => load<{ cases: Case[] }>('cases.page', { q }).cases.map((c) => c.reference);
/** FTS5's own check that the index matches the cases table; throws (SQLITE_CORRUPT_VTAB) when it does not. */
const checkSearchIndex = () => core.kernel.db.prepare("INSERT INTO cases_fts (cases_fts, rank) VALUES ('integrity-check', 1)").run();
const history = (id: number) => load<{ history: CaseHistoryEntry[] }>('cases.detail', { id }).history;

describe('a page write', () => {
  it('indexes every new case for search, on every page', async () => {
    const scrape = await setUp(() => [page(kase('A-1', 'Acme Ltd'), kase('A-2', 'Brick Co')), page(kase('A-3', 'Acme Holdings'))]);
    expect(await scrape()).toMatchObject({ status: 'completed', casesCreated: 3 });
    expect(search('acme').sort()).toEqual(['A-1', 'A-3']);
    expect(search('brick')).toEqual(['A-2']);
    expect(search('A-3')).toEqual(['A-3']);
  });

  it('creates then syncs a reference listed twice, with its history in order and its search row intact', async () => {
    const scrape = await setUp(() => [page(kase('D-1', 'Dup Ltd', 100), kase('D-2', 'Other Co'), kase('D-1', 'Dup Renamed Ltd', 200)), page()]);
    const published: LogEvent[] = [];
    for (const topic of ['case:created', 'case:synced'] as const) core.kernel.bus.subscribe(topic, (e) => void published.push(e));
    expect(await scrape()).toMatchObject({ status: 'completed', casesCreated: 2, casesSynced: 1 });
    expect(published.map((e) => e.topic)).toEqual(['case:created', 'case:created', 'case:synced']);
    const [dup] = load<{ cases: Case[] }>('cases.page', { q: 'D-1' }).cases;
    expect(dup).toMatchObject({ offender: 'Dup Renamed Ltd', fine: 200 });
    expect(history(dup!.id).map((h) => [h.kind, h.changes.map((c) => c.field)])).toEqual([
      ['synced', ['offender', 'fine']],
      ['created', []],
    ]);
    expect(search('renamed')).toEqual(['D-1']);
    expect(search('dup')).toEqual(['D-1']);
    expect(checkSearchIndex).not.toThrow();
  });

  it('syncs only what changed: a new offender is found by its new name and no longer by its old one', async () => {
    let offender = 'Old Name Ltd';
    const scrape = await setUp(() => [page(kase('S-1', offender), kase('S-2', 'Steady Co')), page()]);
    await scrape();
    offender = 'New Name Ltd';
    expect(await scrape()).toMatchObject({ status: 'completed', casesCreated: 0, casesSynced: 2 });
    expect(search('old')).toEqual([]);
    expect(search('new')).toEqual(['S-1']);
    expect(search('steady')).toEqual(['S-2']);
    const [changed, steady] = load<{ cases: Case[] }>('cases.page', { sort: 'reference', dir: 'asc' }).cases;
    expect(changed).toMatchObject({ offender: 'New Name Ltd', fine: 100, costs: 250, address: '1 High Street, Leeds' });
    expect(steady!.lastSyncedAt > steady!.firstSeenAt).toBe(true);
    expect(history(changed!.id)[0]!.changes).toEqual([{ field: 'offender', from: 'Old Name Ltd', to: 'New Name Ltd' }]);
    expect(history(steady!.id)).toHaveLength(1);
    expect(checkSearchIndex).not.toThrow();
  });
});
