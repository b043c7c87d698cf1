/**
 * The cases context's commands and views on a real core: who started a scrape, what starting one publishes and links,
 * how cancel treats queued, running, ended and half-ended scrapes, the refusals' messages and the recent-cases cutoff.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LogEvent, Scrape } from '../../../../src/shared/contract';
import { createTestCore, type TestCore } from '../../../support/createTestCore';
import { startFixtureRegister, type FixtureRegister } from '../../../support/fixtureRegister';
import { waitFor } from '../../../support/waitFor';

let core: TestCore;
let register: FixtureRegister | undefined;
afterEach(async () => {
  vi.useRealTimers();
  core?.dispose();
  await register?.close();
  register = undefined;
});

const alice = () => core.user('alice');
const run = <T>(name: string, input: unknown) => core.run<T>(name, input, alice());
const load = <T>(name: string, params: unknown) => core.load<T>(name, params, alice());
const jobOf = (scrapeId: number) =>
  core.kernel.db.prepare('SELECT j.id, j.state FROM queue_jobs j JOIN scrapes s ON s.queue_job_id = j.id WHERE s.id = ?').get(scrapeId) as { id: number; state: string } | undefined;

/** A source and a paused `scrapes` queue, so a started scrape stays queued until the test says otherwise. */
async function queuedSetup(url = 'http://127.0.0.1:9/register') {
  core = createTestCore({ cases: { requestsPerSecond: 0 } });
  await run('queue.pause', { queue: 'scrapes' });
  return run<{ id: number }>('sources.add', { name: 'r', url, format: 'html-table' });
}

describe('scrapes.start', () => {
  it('records who started it, queues it on the scrapes queue, links its job and publishes it', async () => {
    const source = await queuedSetup();
    const published: LogEvent[] = [];
    const off = core.kernel.bus.subscribe('scrapes:acme', (e) => void published.push(e));
    const scrape = await run<Scrape>('scrapes.start', { sourceId: source.id });
    off();
    expect(scrape).toMatchObject({ status: 'queued', startedBy: `user:${alice().userId}` });
    expect(jobOf(scrape.id)).toMatchObject({ state: 'available' });
    expect(published).toEqual([expect.objectContaining({ type: 'scrape_updated', payload: { scrape: expect.objectContaining({ id: scrape.id, status: 'queued' }) } })]);
    // The paused queue holds it: it would be running (and failing on port 9) if it were on another queue.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(load<Scrape>('scrapes.get', { id: scrape.id }).status).toBe('queued');
  });
});

describe('scrapes.cancel', () => {
  it('cancels a queued scrape and its queue job at once', async () => {
    const source = await queuedSetup();
    const scrape = await run<Scrape>('scrapes.start', { sourceId: source.id });
    expect(await run<Scrape>('scrapes.cancel', { id: scrape.id })).toMatchObject({ status: 'cancelled' });
    expect(jobOf(scrape.id)).toMatchObject({ state: 'cancelled' });
  });

  it.each(['completed', 'discarded', 'cancelled'])('records cancelled when the job already ended (%s) but the scrape was left queued', async (state) => {
    const source = await queuedSetup();
    const scrape = await run<Scrape>('scrapes.start', { sourceId: source.id });
    // As a crash between the job's end and the scrape's status write would leave it.
    core.kernel.db.prepare('UPDATE queue_jobs SET state = ? WHERE id = ?').run(state, jobOf(scrape.id)!.id);
    expect(await run<Scrape>('scrapes.cancel', { id: scrape.id })).toMatchObject({ status: 'cancelled' });
  });

  it('refuses a scrape that already ended', async () => {
    const source = await queuedSetup();
    const scrape = await run<Scrape>('scrapes.start', { sourceId: source.id });
    await run('scrapes.cancel', { id: scrape.id });
    await expect(run('scrapes.cancel', { id: scrape.id })).rejects.toMatchObject({ code: 'CONFLICT', message: `Scrape ${scrape.id} already ended (cancelled)` });
  });

  it('leaves a running scrape running until its worker stops', async () => {
    register = await startFixtureRegister({ pages: 20, perPage: 1, delayMs: 100 });
    core = createTestCore({ cases: { requestsPerSecond: 0 } });
    const source = await run<{ id: number }>('sources.add', { name: 'r', url: register.url, format: 'html-table' });
    const scrape = await run<Scrape>('scrapes.start', { sourceId: source.id });
    await waitFor(() => jobOf(scrape.id)?.state === 'executing' && load<Scrape>('scrapes.get', { id: scrape.id }).status === 'running', 'the scrape to run', 5000);
    expect(await run<Scrape>('scrapes.cancel', { id: scrape.id })).toMatchObject({ status: 'running' });
    await waitFor(() => load<Scrape>('scrapes.get', { id: scrape.id }).status === 'cancelled', 'the worker to record cancelled', 5000);
  });
});

describe('refusals and views', () => {
  it('names what it could not find', async () => {
    core = createTestCore();
    await expect(run('scrapes.start', { sourceId: 999 })).rejects.toMatchObject({ code: 'NOT_FOUND', message: 'No source 999 in this organization' });
    expect(() => load('scrapes.get', { id: 998 })).toThrow('No scrape 998 in this organization');
    expect(() => load('cases.detail', { id: 997 })).toThrow('No case 997 in this organization');
  });

  it('puts the recent-cases cutoff the asked minutes before now', () => {
    core = createTestCore();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2025-03-01T12:00:00.000Z'));
    expect(load<{ cutoff: string }>('cases.recent', { cutoffMinutes: 30 }).cutoff).toBe('2025-03-01T11:30:00.000Z');
  });
});
