/**
 * The cases context's writes, each inside the caller's write: a scraped page's cases (created, or synced with the
 * fields that changed), the scrape's progress and cursor in the same transaction (so a resumed scrape never reads a
 * committed page twice), and the scrape's status changes. Broadcasts exactly as the seed: `case:created` and
 * `case:created:<id>`, `case:synced` and `case:synced:<id>`; a sync that changes nothing still publishes.
 * @internal Used by the cases context only.
 */
import {
  caseFields,
  oneCaseCreatedTopic,
  oneCaseSyncedTopic,
  scrapeTopic,
  scrapesTopic,
  type Case,
  type CaseChange,
  type CaseField,
  type Scrape,
  type ScrapeStatus,
} from '../../../shared/contract';
import type { Emit } from '../../kernel/createWriter';
import type { Db } from '../../kernel/db/openDatabase';
import { toCase, type CaseRow, type CaseRows } from './caseRows';
import type { ParsedCase } from './parseCaseTable';

const column: Record<CaseField, keyof CaseRow> = {
  offender: 'offender',
  address: 'address',
  offenceDate: 'offence_date',
  offence: 'offence',
  regulator: 'regulator',
  fine: 'fine',
  costs: 'costs',
};

export interface PageOutcome {
  created: number;
  synced: number;
}

export function createCaseWrites(db: Db, rows: CaseRows) {
  const insertCase = db.prepare(
    `INSERT INTO cases (org_id, reference, offender, address, offence_date, offence, regulator, fine, costs, first_seen_at, last_synced_at, source_id)
     VALUES (@orgId, @reference, @offender, @address, @offenceDate, @offence, @regulator, @fine, @costs, @at, @at, @sourceId)`,
  );
  const syncCase = db.prepare(
    `UPDATE cases SET offender = @offender, address = @address, offence_date = @offenceDate, offence = @offence, regulator = @regulator,
       fine = @fine, costs = @costs, last_synced_at = @at WHERE id = @id`,
  );
  const insertHistory = db.prepare('INSERT INTO case_history (case_id, at, kind, scrape_id, changes) VALUES (?, ?, ?, ?, ?)');
  const insertError = db.prepare('INSERT INTO scrape_errors (scrape_id, page, row, reason) VALUES (?, ?, ?, ?)');
  const advance = db.prepare(
    `UPDATE scrapes SET next_url = @next, pages_done = pages_done + 1, pages_total = coalesce(@pagesTotal, pages_total),
       cases_created = cases_created + @created, cases_synced = cases_synced + @synced, error_count = error_count + @errors,
       running_ms = running_ms + @ms WHERE id = @id`,
  );
  const countError = db.prepare<[number]>('UPDATE scrapes SET error_count = error_count + 1 WHERE id = ?');
  const setStatus = db.prepare<[ScrapeStatus, string | null, string | null, string | null, number]>(
    'UPDATE scrapes SET status = ?, started_at = coalesce(started_at, ?), finished_at = ?, failure = ? WHERE id = ?',
  );

  function broadcast(emit: Emit, scrape: Scrape) {
    emit(scrapesTopic.build({ org: scrape.orgId }), { type: 'scrape_updated', payload: { scrape } });
    emit(scrapeTopic.build({ id: String(scrape.id) }), { type: 'scrape_updated', payload: { scrape } });
  }

  return {
    broadcast,
    /** Commits one page: its cases, its row errors and the scrape's cursor and counts. */
    commitPage(
      emit: Emit,
      scrapeId: number,
      page: { number: number; cases: ParsedCase[]; errors: { row: number; reason: string }[]; next: string | null; pagesTotal: number | null; ms: number },
    ): PageOutcome {
      const scrape = rows.scrapeRow(scrapeId)!;
      const orgId = scrape.org_id;
      const at = new Date().toISOString();
      let created = 0;
      let synced = 0;
      for (const parsed of page.cases) {
        const existing = rows.byReference(orgId, parsed.reference);
        if (!existing) {
          const { lastInsertRowid } = insertCase.run({ ...parsed, orgId, at, sourceId: scrape.source_id });
          const id = Number(lastInsertRowid);
          insertHistory.run(id, at, 'created', scrapeId, '[]');
          // The row as just written, without reading it back (ingest writes thousands a second).
          const kase: Case = { id, orgId, ...parsed, firstSeenAt: at, lastSyncedAt: at, sourceId: scrape.source_id };
          emit('case:created', { type: 'case_created', payload: { case: kase } }, orgId);
          emit(oneCaseCreatedTopic.build({ id: String(id) }), { type: 'case_created', payload: { case: kase } });
          created++;
          continue;
        }
        const changes: CaseChange[] = [];
        for (const field of caseFields) {
          const before = existing[column[field]] as string | number | null;
          if (before !== parsed[field]) changes.push({ field, from: before, to: parsed[field] });
        }
        syncCase.run({ ...parsed, at, id: existing.id });
        // History records changes; a sync that changed nothing shows in last synced only.
        const entry = changes.length === 0 ? null : { id: Number(insertHistory.run(existing.id, at, 'synced', scrapeId, JSON.stringify(changes)).lastInsertRowid), at, kind: 'synced' as const, scrapeId, changes };
        const kase: Case = { ...toCase(existing), ...parsed, lastSyncedAt: at };
        emit('case:synced', { type: 'case_synced', payload: { case: kase, changes } }, orgId);
        emit(oneCaseSyncedTopic.build({ id: String(existing.id) }), { type: 'case_synced', payload: { case: kase, changes, entry } });
        synced++;
      }
      for (const error of page.errors) insertError.run(scrapeId, page.number, error.row, error.reason);
      advance.run({ id: scrapeId, next: page.next, pagesTotal: page.pagesTotal, created, synced, errors: page.errors.length, ms: page.ms });
      broadcast(emit, rows.scrape(scrapeId)!);
      return { created, synced };
    },
    /** A page that could not be read at all: recorded as an error of the scrape (the scrape may go on or fail). */
    pageError(emit: Emit, scrapeId: number, page: number, reason: string) {
      insertError.run(scrapeId, page, null, reason);
      countError.run(scrapeId);
      broadcast(emit, rows.scrape(scrapeId)!);
    },
    setStatus(emit: Emit, scrapeId: number, status: ScrapeStatus, failure: string | null = null): Scrape {
      const now = new Date().toISOString();
      const finished = status === 'completed' || status === 'failed' || status === 'cancelled';
      setStatus.run(status, status === 'running' ? now : null, finished ? now : null, failure, scrapeId);
      const scrape = rows.scrape(scrapeId)!;
      broadcast(emit, scrape);
      return scrape;
    },
  };
}

export type CaseWrites = ReturnType<typeof createCaseWrites>;
