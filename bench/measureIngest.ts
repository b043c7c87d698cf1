/**
 * Case ingest: a scrape of a fixture register of `cases` cases (pages of 500) served on loopback, rate limit off,
 * pages parsed in a worker thread as the app does, every case written with its history and FTS row and published
 * on `case:created` and `case:created:<id>`. First pass creates; the second syncs every case. A plain insert of the
 * same rows (one transaction per page, no log, no FTS) is the floor in the same run.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createContexts } from '../src/main/app/createContexts';
import { parseCaseTable, type ParsedPage } from '../src/main/contexts/cases/parseCaseTable';
import { userActor } from '../src/main/kernel/actor';
import { createKernel } from '../src/main/kernel/createKernel';
import { createThreadPool } from '../src/main/kernel/threads/createThreadPool';
import type { Scrape } from '../src/shared/contract';
import { startFixtureRegister } from '../test/support/fixtureRegister';

export interface IngestResult {
  cases: number;
  createPerSec: number;
  syncPerSec: number;
  plainPerSec: number;
  /**
   * Main-thread CPU per case in each pass (the writes are serial there; pages parse on another thread): steadier
   * than the rates on a busy machine, and 1e6 / it is the rate one uncontended core would allow.
   */
  createCpuUs: number;
  syncCpuUs: number;
  searchP50: number;
  searchP99: number;
}

export async function measureIngest(cases = 100_000, threadEntry: URL): Promise<IngestResult> {
  const perPage = 500;
  const pages = Math.ceil(cases / perPage);
  const register = await startFixtureRegister({ pages, perPage });
  const firstPage = await (await fetch(register.url)).text(); // for the plain-insert floor
  const dir = mkdtempSync(join(tmpdir(), 'switchboard-bench-ingest-'));
  const kernel = createKernel({ file: join(dir, 'bench.sqlite') });
  const pool = createThreadPool<{ html: string; url: string }, ParsedPage>(threadEntry);
  const contexts = createContexts(kernel, undefined, {}, {}, { requestsPerSecond: 0, parse: (html, url, signal) => pool.run({ html, url }, signal) });
  contexts.accounts.seedDemo();
  const actor = userActor(contexts.accounts.resolveUser('alice'));
  const source = (await kernel.registry.run('sources.add', { name: 'bench', url: register.url, format: 'html-table' }, { actor })) as { id: number };

  const pass = async () => {
    const start = performance.now();
    const cpu = process.threadCpuUsage();
    const scrape = (await kernel.registry.run('scrapes.start', { sourceId: source.id }, { actor })) as Scrape;
    for (;;) {
      const now = contexts.cases.scrape(scrape.id)!;
      if (now.status === 'completed') {
        const used = process.threadCpuUsage(cpu);
        return { seconds: (performance.now() - start) / 1000, cpuUs: used.user + used.system, scrape: now };
      }
      if (now.status === 'failed') throw new Error(`ingest bench: scrape failed: ${now.failure}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };
  const first = await pass();
  const second = await pass();
  if (first.scrape.casesCreated !== pages * perPage || second.scrape.casesSynced !== pages * perPage) throw new Error('ingest bench: counts are off');

  // Full-text search at this size: a handful of typical queries, each a page of 100 with the total.
  const words = ['Offender 17', 'High Street', 'HSE-150', 'regulation 9', 'Leeds'];
  const samples: number[] = [];
  for (let i = 0; i < 200; i++) {
    const t = performance.now();
    kernel.registry.load('cases.page', { q: words[i % words.length], limit: 100 }, actor);
    samples.push(performance.now() - t);
  }
  samples.sort((a, b) => a - b);

  // The floor: the same rows, plainly inserted, one transaction per page.
  kernel.db.exec('CREATE TABLE plain_cases AS SELECT * FROM cases WHERE 0');
  const insert = kernel.db.prepare(
    'INSERT INTO plain_cases (org_id, reference, offender, address, offence_date, offence, regulator, fine, costs, first_seen_at, last_synced_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)',
  );
  const page = parseCaseTable(firstPage, register.url).cases;
  const insertPage = kernel.db.transaction((p: number) => {
    const at = new Date().toISOString();
    for (const c of page) insert.run('acme', `${c.reference}-${p}`, c.offender, c.address, c.offenceDate, c.offence, c.regulator, c.fine, c.costs, at, at);
  });
  const plainStart = performance.now();
  for (let p = 0; p < pages; p++) insertPage(p);
  const plainSeconds = (performance.now() - plainStart) / 1000;

  contexts.dispose();
  pool.dispose();
  await register.close();
  rmSync(dir, { recursive: true, force: true });
  const n = pages * perPage;
  return {
    cases: n,
    createPerSec: n / first.seconds,
    syncPerSec: n / second.seconds,
    plainPerSec: n / plainSeconds,
    createCpuUs: first.cpuUs / n,
    syncCpuUs: second.cpuUs / n,
    searchP50: samples[Math.floor(samples.length * 0.5)]!,
    searchP99: samples[Math.floor(samples.length * 0.99)]!,
  };
}
