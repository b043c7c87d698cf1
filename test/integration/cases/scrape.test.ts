/**
 * Scrapes on a real core against a register served on loopback: the first pass creates every case, the second syncs
 * every case and records what changed; a malformed row is reported and skipped; a page that fails once with 500 is
 * retried; rate limiting spaces requests; events publish exactly as the seed, within the organization only.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Case, LogEvent, Scrape } from '../../../src/shared/contract';
import { createTestCore, type TestCore } from '../../support/createTestCore';
import { referenceOf, startFixtureRegister, type FixtureRegister } from '../../support/fixtureRegister';
import { waitFor } from '../../support/waitFor';

let core: TestCore;
let register: FixtureRegister;
afterEach(async () => {
  core?.dispose();
  await register?.close();
});

const alice = () => core.user('alice');
const carol = () => core.user('carol');
const run = <T>(name: string, input: unknown, actor = alice()) => core.run<T>(name, input, actor);
const load = <T>(name: string, params: unknown, actor = alice()) => core.load<T>(name, params, actor);

async function scrapeOnce(sourceId: number): Promise<Scrape> {
  const scrape = await run<Scrape>('scrapes.start', { sourceId });
  return waitFor(() => {
    const now = load<Scrape>('scrapes.get', { id: scrape.id });
    return now.status !== 'queued' && now.status !== 'running' ? now : undefined;
  }, `scrape ${scrape.id} to end`, 15_000);
}

describe('scrapes', () => {
  it('creates every case on the first pass, syncs every case on the second and records a changed fine', async () => {
    core = createTestCore({ cases: { requestsPerSecond: 0, pageBackoffMs: 10 } });
    register = await startFixtureRegister({ pages: 3, perPage: 5, malformed: '2:3', failOnce: [3] });
    const published: LogEvent[] = [];
    for (const topic of ['case:created', 'case:synced'] as const) core.kernel.bus.subscribe(topic, (e) => void published.push(e));
    const source = await run<{ id: number }>('sources.add', { name: 'HSE register', url: register.url, format: 'html-table' });

    const first = await scrapeOnce(source.id);
    expect(first).toMatchObject({ status: 'completed', pagesDone: 3, pagesTotal: 3, casesCreated: 14, casesSynced: 0, errorCount: 1 });
    expect(first.errors).toEqual([{ page: 2, row: 3, reason: '"a lot" is not an amount of money' }]);
    expect(register.requests.filter((r) => r.path === '/register?page=3')).toHaveLength(2); // the 500, then the page
    expect(register.requests.every((r) => r.userAgent?.startsWith('Switchboard'))).toBe(true);
    const kase = load<{ cases: Case[] }>('cases.page', { q: referenceOf(1, 2) }).cases[0]!;
    expect(kase).toMatchObject({ reference: referenceOf(1, 2), offender: 'Offender 1-2 Ltd', offenceDate: '2024-02-03', fine: 1012.5, costs: 250, regulator: 'HSE' });
    expect(published.filter((e) => e.topic === 'case:created')).toHaveLength(14);
    expect(published.every((e) => e.scope === 'acme')).toBe(true);

    register.setFine(referenceOf(1, 2), '£2,000');
    const second = await scrapeOnce(source.id);
    expect(second).toMatchObject({ status: 'completed', casesCreated: 0, casesSynced: 14 });
    expect(load<{ total: number }>('cases.page', {}).total).toBe(14);
    const detail = load<Case & { history: { kind: string; changes: unknown[] }[] }>('cases.detail', { id: kase.id });
    expect(detail.fine).toBe(2000);
    expect(detail.history).toEqual([
      expect.objectContaining({ kind: 'synced', changes: [{ field: 'fine', from: 1012.5, to: 2000 }] }),
      expect.objectContaining({ kind: 'created', changes: [] }),
    ]);
    // A sync that changes nothing still updates last synced and publishes.
    expect(published.filter((e) => e.topic === 'case:synced')).toHaveLength(14);
    const unchanged = load<Case & { history: unknown[] }>('cases.detail', { id: kase.id + 1 });
    expect(unchanged.lastSyncedAt > unchanged.firstSeenAt).toBe(true);
    expect(unchanged.history).toHaveLength(1);
  });

  it('keeps each organization to its own sources, scrapes and cases', async () => {
    core = createTestCore({ cases: { requestsPerSecond: 0 } });
    register = await startFixtureRegister({ pages: 1, perPage: 3 });
    const source = await run<{ id: number }>('sources.add', { name: 'r', url: register.url, format: 'html-table' });
    const scrape = await scrapeOnce(source.id);
    await expect(run('scrapes.start', { sourceId: source.id }, carol())).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(() => load('scrapes.get', { id: scrape.id }, carol())).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    expect(load<{ total: number }>('cases.page', {}, carol()).total).toBe(0);
    const id = load<{ cases: Case[] }>('cases.page', {}).cases[0]!.id;
    expect(() => load('cases.detail', { id }, carol())).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    expect(() => core.kernel.registry.authorize(carol(), `case:synced:${id}`)).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
  });

  it('refuses bad input with 400 and writes nothing', async () => {
    core = createTestCore();
    const head = core.kernel.log.head();
    await expect(run('sources.add', { name: 'x', url: 'ftp://example.org/r', format: 'html-table' })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(run('sources.add', { name: 'x', url: 'https://example.org/r', format: 'csv' })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(run('scrapes.start', { sourceId: 999 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(core.kernel.log.head()).toBe(head);
  });

  it('spaces requests to one source by its rate limit', async () => {
    core = createTestCore({ cases: { requestsPerSecond: 10 } });
    register = await startFixtureRegister({ pages: 4, perPage: 1 });
    const source = await run<{ id: number }>('sources.add', { name: 'r', url: register.url, format: 'html-table' });
    const started = Date.now();
    await scrapeOnce(source.id);
    expect(Date.now() - started).toBeGreaterThanOrEqual(300); // 4 requests at 10/s: 3 gaps of 100 ms
  });

  it('cancels a running scrape after the page in flight, keeping the pages it committed', async () => {
    core = createTestCore({ cases: { requestsPerSecond: 0 } });
    register = await startFixtureRegister({ pages: 50, perPage: 2, delayMs: 40 });
    const source = await run<{ id: number }>('sources.add', { name: 'r', url: register.url, format: 'html-table' });
    const scrape = await run<Scrape>('scrapes.start', { sourceId: source.id });
    await waitFor(() => load<Scrape>('scrapes.get', { id: scrape.id }).pagesDone >= 2, 'two pages', 5000);
    await run('scrapes.cancel', { id: scrape.id });
    const ended = await waitFor(() => {
      const now = load<Scrape>('scrapes.get', { id: scrape.id });
      return now.status === 'cancelled' ? now : undefined;
    }, 'the scrape to be cancelled', 5000);
    expect(ended.pagesDone).toBeLessThan(50);
    expect(load<{ total: number }>('cases.page', {}).total).toBe(ended.casesCreated);
  });
});
