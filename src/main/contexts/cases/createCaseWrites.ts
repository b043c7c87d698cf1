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
import type { Statement } from 'better-sqlite3';
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

const toRow = (c: ParsedCase) => ({
  reference: c.reference,
  offender: c.offender,
  address: c.address,
  offence_date: c.offenceDate,
  offence: c.offence,
  regulator: c.regulator,
  fine: c.fine,
  costs: c.costs,
});

/** A sync's UPDATE, setting only the fields that changed and last synced (one statement per set of fields, cached). */
function createSyncStatements(db: Db) {
  const statements = new Map<string, Statement<unknown[]>>();
  return (id: number, changes: readonly CaseChange[], at: string) => {
    const key = changes.map((c) => c.field).join(',');
    let statement = statements.get(key);
    if (!statement) {
      const set = [...changes.map((c) => `${column[c.field]} = ?`), 'last_synced_at = ?'].join(', ');
      statement = db.prepare<unknown[]>(`UPDATE cases SET ${set} WHERE id = ?`);
      statements.set(key, statement);
    }
    statement.run(...changes.map((c) => c.to), at, id);
  };
}

export interface PageOutcome {
  created: number;
  synced: number;
}

export function createCaseWrites(db: Db, rows: CaseRows) {
  const insertCase = db.prepare<[string, string, string, string | null, string | null, string | null, string | null, number | null, number | null, string, string, number]>(
    `INSERT INTO cases (org_id, reference, offender, address, offence_date, offence, regulator, fine, costs, first_seen_at, last_synced_at, source_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  // A page's new cases are indexed and get their first history entry in one statement each (see migration 002).
  const indexCreated = db.prepare<[string]>(
    'INSERT INTO cases_fts (rowid, reference, offender, address, offence) SELECT id, reference, offender, address, offence FROM cases WHERE id IN (SELECT value FROM json_each(?))',
  );
  const historyCreated = db.prepare<[string, number, string]>(
    "INSERT INTO case_history (case_id, at, kind, scrape_id, changes) SELECT value, ?, 'created', ?, '[]' FROM json_each(?)",
  );
  const syncCase = createSyncStatements(db);
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
      let synced = 0;
      const known = rows.byReferences(orgId, page.cases.map((c) => c.reference));
      let created = 0;
      let pending: number[] = [];
      /** Indexes the cases created since the last flush and records their first history entry. */
      const flushCreated = () => {
        if (pending.length === 0) return;
        const ids = JSON.stringify(pending);
        indexCreated.run(ids);
        historyCreated.run(at, scrapeId, ids);
        created += pending.length;
        pending = [];
      };
      for (const parsed of page.cases) {
        const existing = known.get(parsed.reference);
        if (!existing) {
          const { lastInsertRowid } = insertCase.run(
            orgId, parsed.reference, parsed.offender, parsed.address, parsed.offenceDate, parsed.offence, parsed.regulator, parsed.fine, parsed.costs, at, at, scrape.source_id,
          );
          const id = Number(lastInsertRowid);
          pending.push(id);
          // The row as just written, without reading it back (ingest writes thousands a second).
          const kase: Case = { id, orgId, ...parsed, firstSeenAt: at, lastSyncedAt: at, sourceId: scrape.source_id };
          // A register that lists a reference twice syncs it the second time, as a later page would.
          known.set(parsed.reference, { id, org_id: orgId, ...toRow(parsed), first_seen_at: at, last_synced_at: at, source_id: scrape.source_id });
          emit('case:created', { type: 'case_created', payload: { case: kase } }, orgId);
          emit(oneCaseCreatedTopic.build({ id: String(id) }), { type: 'case_created', payload: { case: kase } });
          continue;
        }
        // A case created earlier on this page (a reference listed twice) is indexed, with its creation in its
        // history, before a sync's update touches it.
        flushCreated();
        const changes: CaseChange[] = [];
        for (const field of caseFields) {
          const before = existing[column[field]] as string | number | null;
          if (before !== parsed[field]) changes.push({ field, from: before, to: parsed[field] });
        }
        // Only what changed is written: an unchanged case touches one index, and its FTS row only if its text changed.
        syncCase(existing.id, changes, at);
        known.set(parsed.reference, { ...existing, ...toRow(parsed), last_synced_at: at });
        // History records changes; a sync that changed nothing shows in last synced only.
        const entry = changes.length === 0 ? null : { id: Number(insertHistory.run(existing.id, at, 'synced', scrapeId, JSON.stringify(changes)).lastInsertRowid), at, kind: 'synced' as const, scrapeId, changes };
        const kase: Case = { ...toCase(existing), ...parsed, lastSyncedAt: at };
        emit('case:synced', { type: 'case_synced', payload: { case: kase, changes } }, orgId);
        emit(oneCaseSyncedTopic.build({ id: String(existing.id) }), { type: 'case_synced', payload: { case: kase, changes, entry } });
        synced++;
      }
      flushCreated();
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
