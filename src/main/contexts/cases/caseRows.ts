/**
 * Reads of the cases tables, always within one organization. The cases page is a windowed query: a full-text match
 * (FTS5), a sort on an indexed column and a page of rows, with the total — never the whole table.
 * @internal Used by the cases context only.
 */
import {
  RECENT_CASES_SHOWN,
  SCRAPE_ERRORS_SHOWN,
  type Case,
  type CaseChange,
  type CaseHistoryEntry,
  type CaseSortColumn,
  type Scrape,
  type ScrapeError,
  type Source,
} from '../../../shared/contract';
import type { Db } from '../../kernel/db/openDatabase';

export interface CaseRow {
  id: number;
  org_id: string;
  reference: string;
  offender: string;
  address: string | null;
  offence_date: string | null;
  offence: string | null;
  regulator: string | null;
  fine: number | null;
  costs: number | null;
  first_seen_at: string;
  last_synced_at: string;
  source_id: number | null;
}

export const toCase = (r: CaseRow): Case => ({
  id: r.id,
  orgId: r.org_id,
  reference: r.reference,
  offender: r.offender,
  address: r.address,
  offenceDate: r.offence_date,
  offence: r.offence,
  regulator: r.regulator,
  fine: r.fine,
  costs: r.costs,
  firstSeenAt: r.first_seen_at,
  lastSyncedAt: r.last_synced_at,
  sourceId: r.source_id,
});

interface ScrapeRow {
  id: number;
  org_id: string;
  source_id: number;
  source_name: string;
  status: Scrape['status'];
  next_url: string | null;
  pages_done: number;
  pages_total: number | null;
  cases_created: number;
  cases_synced: number;
  error_count: number;
  failure: string | null;
  started_by: string;
  queue_job_id: number | null;
  created_at: string;
  started_at: string | null;
  finished_at: string | null;
  running_ms: number;
}

const sortColumn: Record<CaseSortColumn, string> = {
  reference: 'reference',
  offender: 'offender',
  offenceDate: 'offence_date',
  regulator: 'regulator',
  fine: 'fine',
  costs: 'costs',
  lastSyncedAt: 'last_synced_at',
  firstSeenAt: 'first_seen_at',
};

/**
 * A user's words as an FTS5 query, no operators: every whitespace-separated term required, a term that joins
 * tokens with punctuation (`HSE-001-002`) as a phrase, the last token of each term a prefix (search as you type).
 */
export function ftsQuery(q: string): string | null {
  const terms = q
    .split(/\s+/)
    .map((term) => term.match(/[\p{L}\p{N}]+/gu) ?? [])
    .filter((tokens) => tokens.length > 0);
  return terms.length === 0 ? null : terms.map((tokens) => `"${tokens.join(' ')}"*`).join(' ');
}

export interface CasePage {
  q?: string;
  syncedSince?: string;
  sort: CaseSortColumn;
  dir: 'asc' | 'desc';
  offset: number;
  limit: number;
}

/** Every row error of a scrape (SQLite reads LIMIT -1 as no limit). */
export const ALL_ERRORS = -1;

export function createCaseRows(db: Db) {
  // One lookup per page, not per case: the references travel as one JSON array.
  const byRefs = db.prepare<[string, string], CaseRow>('SELECT * FROM cases WHERE org_id = ? AND reference IN (SELECT value FROM json_each(?))');
  const byId = db.prepare<[number], CaseRow>('SELECT * FROM cases WHERE id = ?');
  const recent = db.prepare<[string, string, number], CaseRow>(
    'SELECT * FROM cases WHERE org_id = ? AND last_synced_at > ? ORDER BY last_synced_at DESC, id DESC LIMIT ?',
  );
  const history = db.prepare<[number], { id: number; at: string; kind: 'created' | 'synced'; scrape_id: number | null; changes: string }>(
    'SELECT id, at, kind, scrape_id, changes FROM case_history WHERE case_id = ? ORDER BY id DESC',
  );
  const sources = db.prepare<[string], Source>('SELECT id, org_id AS orgId, name, url, format, created_at AS createdAt FROM sources WHERE org_id = ? ORDER BY id');
  const source = db.prepare<[number], Source>('SELECT id, org_id AS orgId, name, url, format, created_at AS createdAt FROM sources WHERE id = ?');
  const scrapeSelect = 'SELECT s.*, src.name AS source_name FROM scrapes s JOIN sources src ON src.id = s.source_id';
  const scrape = db.prepare<[number], ScrapeRow>(`${scrapeSelect} WHERE s.id = ?`);
  const scrapes = db.prepare<[string, number], ScrapeRow>(`${scrapeSelect} WHERE s.org_id = ? ORDER BY s.id DESC LIMIT ?`);
  const errors = db.prepare<[number, number], { page: number; row: number | null; reason: string }>(
    'SELECT page, row, reason FROM (SELECT id, page, row, reason FROM scrape_errors WHERE scrape_id = ? ORDER BY id DESC LIMIT ?) ORDER BY id',
  );
  const pageStatements = new Map<string, ReturnType<typeof db.prepare>>();

  function toScrape(r: ScrapeRow, errorLimit = SCRAPE_ERRORS_SHOWN): Scrape {
    const processed = r.cases_created + r.cases_synced;
    const rate = r.running_ms > 0 ? processed / (r.running_ms / 1000) : null;
    const pageMs = r.pages_done > 0 ? r.running_ms / r.pages_done : null;
    const running = r.status === 'running' || r.status === 'queued';
    return {
      id: r.id,
      orgId: r.org_id,
      sourceId: r.source_id,
      sourceName: r.source_name,
      status: r.status,
      pagesDone: r.pages_done,
      pagesTotal: r.pages_total,
      casesCreated: r.cases_created,
      casesSynced: r.cases_synced,
      errorCount: r.error_count,
      errors: errors.all(r.id, errorLimit).map((e): ScrapeError => (e.row === null ? { page: e.page, reason: e.reason } : { page: e.page, row: e.row, reason: e.reason })),
      rate: rate === null ? null : Math.round(rate * 10) / 10,
      etaSeconds: running && pageMs !== null && r.pages_total !== null ? Math.max(0, Math.round(((r.pages_total - r.pages_done) * pageMs) / 1000)) : null,
      failure: r.failure,
      startedBy: r.started_by,
      createdAt: r.created_at,
      startedAt: r.started_at,
      finishedAt: r.finished_at,
    };
  }

  return {
    /** The organization's cases among `references`, by reference. */
    byReferences(orgId: string, references: readonly string[]): Map<string, CaseRow> {
      return new Map(byRefs.all(orgId, JSON.stringify(references)).map((row) => [row.reference, row]));
    },
    caseRow: (id: number) => byId.get(id),
    case(orgId: string, id: number): Case | undefined {
      const row = byId.get(id);
      return row && row.org_id === orgId ? toCase(row) : undefined;
    },
    recent: (orgId: string, cutoff: string) => recent.all(orgId, cutoff, RECENT_CASES_SHOWN).map(toCase),
    history: (caseId: number): CaseHistoryEntry[] =>
      history.all(caseId).map((h) => ({ id: h.id, at: h.at, kind: h.kind, scrapeId: h.scrape_id, changes: JSON.parse(h.changes) as CaseChange[] })),
    sources: (orgId: string) => sources.all(orgId),
    source: (id: number) => source.get(id),
    scrapeRow: (id: number) => scrape.get(id),
    scrape: (id: number, errorLimit?: number) => {
      const row = scrape.get(id);
      return row && toScrape(row, errorLimit);
    },
    scrapes: (orgId: string) => scrapes.all(orgId, 50).map((r) => toScrape(r)),
    page(orgId: string, p: CasePage): { cases: Case[]; total: number } {
      const match = p.q ? ftsQuery(p.q) : null;
      const where = ['c.org_id = @orgId'];
      if (match) where.push('c.id IN (SELECT rowid FROM cases_fts WHERE cases_fts MATCH @match)');
      if (p.syncedSince) where.push('c.last_synced_at >= @since');
      const key = `${where.join(' AND ')}|${p.sort}|${p.dir}`;
      let statements = pageStatements.get(key) as { rows: ReturnType<typeof db.prepare>; count: ReturnType<typeof db.prepare> } | undefined;
      if (!statements) {
        const order = `c.${sortColumn[p.sort]} ${p.dir === 'asc' ? 'ASC' : 'DESC'} NULLS LAST, c.id ${p.dir === 'asc' ? 'ASC' : 'DESC'}`;
        statements = {
          rows: db.prepare(`SELECT c.* FROM cases c WHERE ${where.join(' AND ')} ORDER BY ${order} LIMIT @limit OFFSET @offset`),
          count: db.prepare(`SELECT count(*) AS n FROM cases c WHERE ${where.join(' AND ')}`),
        };
        pageStatements.set(key, statements as never);
      }
      const args = { orgId, limit: p.limit, offset: p.offset, ...(match ? { match } : {}), ...(p.syncedSince ? { since: new Date(p.syncedSince).toISOString() } : {}) };
      const rows = statements.rows.all(args) as CaseRow[];
      const { n } = statements.count.get(args) as { n: number };
      return { cases: rows.map(toCase), total: n };
    },
  };
}

export type CaseRows = ReturnType<typeof createCaseRows>;
