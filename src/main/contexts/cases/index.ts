/**
 * The cases context (seed: the Case PubSub flow): the only writer of `cases`, `case_history`, `sources`, `scrapes`
 * and `scrape_errors`. Scrapes run as work-queue jobs (`cases.scrape` on queue `scrapes`); each committed page
 * publishes its cases on `case:created` / `case:synced` (scoped to the organization by the kernel) and on the
 * per-case topics, and the scrape's progress on `scrapes:<org>` and `scrape:<id>`.
 */
import {
  NotFoundError,
  ConflictError,
  caseCreatedTopic,
  caseSyncedTopic,
  oneCaseCreatedTopic,
  oneCaseSyncedTopic,
  scrapeTopic,
  scrapesTopic,
  type Scrape,
  type Source,
} from '../../../shared/contract';
import type { ContextKit } from '../../kernel/context/createContextKit';
import type { WorkQueue } from '../queue';
import { ALL_ERRORS, createCaseRows } from './caseRows';
import { createCaseWrites } from './createCaseWrites';
import { createScrapeWorker, type ParsePage, type ScrapeSettings } from './createScrapeWorker';
import { casesMigrations } from './migrations';
import { parseCaseTable } from './parseCaseTable';

export type { ParsePage, ScrapeSettings } from './createScrapeWorker';
export type { ParsedPage } from './parseCaseTable';

export interface CasesSettings extends ScrapeSettings {
  /**
   * Parses a page off the main thread (the app passes a worker-thread pool); without it pages are parsed on the
   * main thread, as in-process tests do.
   */
  parse?: ParsePage;
}

export interface CasesContext {
  scrape(id: number): Scrape | undefined;
}

export function createCasesContext(kit: ContextKit, queue: WorkQueue, settings: CasesSettings = {}): CasesContext {
  kit.migrate(casesMigrations);
  const { db, write } = kit;
  const rows = createCaseRows(db);
  const writes = createCaseWrites(db, rows);
  const parse: ParsePage = settings.parse ?? (async (html, url) => parseCaseTable(html, url));
  kit.own(queue.define(createScrapeWorker(write, rows, writes, parse, settings)));

  const ownSource = (orgId: string, id: number): Source => {
    const source = rows.source(id);
    if (!source || source.orgId !== orgId) throw new NotFoundError(`No source ${id} in this organization`);
    return source;
  };
  const ownScrape = (orgId: string, id: number): Scrape => {
    const scrape = rows.scrape(id, ALL_ERRORS);
    if (!scrape || scrape.orgId !== orgId) throw new NotFoundError(`No scrape ${id} in this organization`);
    return scrape;
  };

  const insertSource = db.prepare('INSERT INTO sources (org_id, name, url, format, created_at) VALUES (?, ?, ?, ?, ?)');
  const insertScrape = db.prepare("INSERT INTO scrapes (org_id, source_id, status, next_url, started_by, created_at) VALUES (?, ?, 'queued', ?, ?, ?)");
  const linkJob = db.prepare<[number, number]>('UPDATE scrapes SET queue_job_id = ? WHERE id = ?');

  kit.command('sources.add', (input, { actor }) =>
    write(actor.ref, (emit) => {
      const { lastInsertRowid } = insertSource.run(actor.orgId, input.name, input.url, input.format, new Date().toISOString());
      const source = rows.source(Number(lastInsertRowid))!;
      emit(scrapesTopic.build({ org: actor.orgId }), { type: 'source_added', payload: { source } });
      return source;
    }),
  );

  kit.command('scrapes.start', (input, { actor }) => {
    const source = ownSource(actor.orgId, input.sourceId);
    return write(actor.ref, (emit) => {
      const { lastInsertRowid } = insertScrape.run(actor.orgId, source.id, source.url, `${actor.ref.kind}:${actor.ref.id}`, new Date().toISOString());
      const scrapeId = Number(lastInsertRowid);
      const { job } = queue.enqueueIn(emit, { orgId: actor.orgId, worker: 'cases.scrape', args: { scrapeId }, by: actor.ref });
      linkJob.run(job.id, scrapeId);
      const scrape = rows.scrape(scrapeId)!;
      writes.broadcast(emit, scrape);
      return scrape;
    });
  });

  kit.command('scrapes.cancel', (input, { actor }) => {
    const scrape = ownScrape(actor.orgId, input.id);
    if (scrape.status !== 'queued' && scrape.status !== 'running') throw new ConflictError(`Scrape ${scrape.id} already ended (${scrape.status})`);
    const jobId = rows.scrapeRow(scrape.id)!.queue_job_id;
    const job = jobId === null ? undefined : queue.job(jobId);
    if (job && job.state !== 'completed' && job.state !== 'discarded' && job.state !== 'cancelled') {
      const told = queue.cancel(actor.ref, job.id);
      // A running scrape stops after the request in flight and its worker records `cancelled`.
      if (told.state === 'executing') return rows.scrape(scrape.id)!;
    }
    return write(actor.ref, (emit) => writes.setStatus(emit, scrape.id, 'cancelled'));
  });

  kit.view('scrapes.list', (_params, actor) => ({ sources: rows.sources(actor.orgId), scrapes: rows.scrapes(actor.orgId) }));
  kit.view('scrapes.get', (params, actor) => ownScrape(actor.orgId, params.id));
  kit.view('cases.recent', (params, actor) => {
    const cutoff = new Date(Date.now() - params.cutoffMinutes * 60_000).toISOString();
    return { cases: rows.recent(actor.orgId, cutoff), cutoff };
  });
  kit.view('cases.page', (params, actor) => rows.page(actor.orgId, params));
  kit.view('cases.detail', (params, actor) => {
    const kase = rows.case(actor.orgId, params.id);
    if (!kase) throw new NotFoundError(`No case ${params.id} in this organization`);
    return { ...kase, history: rows.history(kase.id) };
  });

  // The shared topics: any signed-in user may follow them; the kernel hands each window its organization's events.
  kit.authorize(caseCreatedTopic, () => true);
  kit.authorize(caseSyncedTopic, () => true);
  kit.authorize(oneCaseCreatedTopic, (actor, params) => rows.case(actor.orgId, Number(params.id)) !== undefined);
  kit.authorize(oneCaseSyncedTopic, (actor, params) => rows.case(actor.orgId, Number(params.id)) !== undefined);
  kit.authorize(scrapesTopic, (actor, params) => actor.orgId === params.org);
  kit.authorize(scrapeTopic, (actor, params) => rows.scrape(Number(params.id), 0)?.orgId === actor.orgId);

  return { scrape: (id) => rows.scrape(id, ALL_ERRORS) };
}
