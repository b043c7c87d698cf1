/**
 * Background work survives the host dying: a real host (parsing pages in its worker thread) is SIGKILLed in the
 * middle of a scrape and of a workflow process; started again, the queue rescues their jobs, the scrape resumes from
 * its last committed page (nothing created twice, no page counted twice) and the process runs to completed.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Process, Scrape } from '../../../src/shared/contract';
import { startFixtureRegister, type FixtureRegister } from '../../support/fixtureRegister';
import { spawnHost, type SpawnedHost } from '../../support/spawnHost';
import { waitFor } from '../../support/waitFor';

describe('background work through a SIGKILL', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'switchboard-work-crash-'));
  let host: SpawnedHost | undefined;
  let register: FixtureRegister | undefined;
  afterAll(async () => {
    await host?.kill();
    await register?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('resumes a scrape from its last committed page and completes a workflow process', { timeout: 120_000 }, async () => {
    host = await spawnHost(dataDir);
    await host.start();
    register = await startFixtureRegister({ pages: 12, perPage: 10, delayMs: 150 });
    const source = await host.call<{ id: number }>('acme', 'POST', '/api/sources', { name: 'HSE', url: register.url, format: 'html-table' });
    expect(source.status).toBe(201);
    const scrape = await host.call<Scrape>('acme', 'POST', '/api/scrapes', { sourceId: source.json.id });
    expect(scrape.status).toBe(202);
    const workflow = await host.call<{ id: number }>('acme', 'POST', '/api/workflows', {
      name: 'slow',
      steps: [
        { name: 'first', kind: 'delay', ms: 50 },
        // The kill costs the step an attempt (as Oban's rescue does), so it needs a second one.
        { name: 'long', kind: 'shell', command: 'sleep 2; echo done', retry: { maxAttempts: 2, backoffMs: 100 } },
        { name: 'last', kind: 'delay', ms: 50 },
      ],
    });
    const process = await host.call<Process>('acme', 'POST', `/api/workflows/${workflow.json.id}/processes`, {});
    expect(process.status).toBe(202);

    const scrapeNow = async () => (await host!.call<Scrape>('acme', 'GET', `/api/scrapes/${scrape.json.id}`)).json;
    const processNow = async () => (await host!.call<Process>('acme', 'GET', `/api/processes/${process.json.id}`)).json;
    let pagesAtKill = 0;
    await waitFor(async () => (pagesAtKill = (await scrapeNow()).pagesDone) >= 3, 'three committed pages', 20_000);
    await waitFor(async () => (await processNow()).currentStep === 'long', 'the long step to run', 20_000);
    await host.kill();

    await host.start();
    const done = await waitFor(async () => {
      const s = await scrapeNow();
      return s.status === 'completed' ? s : undefined;
    }, 'the scrape to complete after the restart', 60_000);
    expect(done).toMatchObject({ pagesDone: 12, pagesTotal: 12, casesCreated: 120, casesSynced: 0, errorCount: 0 });
    const cases = await host.call<{ total: number }>('acme', 'GET', '/api/cases?limit=1');
    expect(cases.json.total).toBe(120);
    // Pages committed before the kill were not asked for again (the one in flight may be).
    const pageOne = register.requests.filter((r) => r.path === '/register?page=1');
    expect(pageOne).toHaveLength(1);
    expect(pagesAtKill).toBeGreaterThanOrEqual(3);

    const finished = await waitFor(async () => {
      const p = await processNow();
      return p.status === 'completed' || p.status === 'failed' ? p : undefined;
    }, 'the process to finish after the restart', 60_000);
    expect(finished.status).toBe('completed');
    expect(finished.steps.map((s) => s.status)).toEqual(['completed', 'completed', 'completed']);
    expect(finished.steps[1]!.attempts).toBeGreaterThanOrEqual(2);
  });
});
