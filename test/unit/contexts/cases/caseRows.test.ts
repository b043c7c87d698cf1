/**
 * The cases context's reads on a real SQLite database with its migrations: how a user's words become an FTS5 query,
 * the scrape figures derived from its counters (rate, ETA), a case row by id, and the cases page — its synced-since
 * filter, sort column and direction, the id order among ties, and the statements it caches per query shape.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CaseSortColumn, Scrape } from '../../../../src/shared/contract';
import { accountsMigrations } from '../../../../src/main/contexts/accounts/migrations';
import { createCaseRows, ftsQuery, type CasePage, type CaseRows } from '../../../../src/main/contexts/cases/caseRows';
import { casesMigrations } from '../../../../src/main/contexts/cases/migrations';
import { migrate } from '../../../../src/main/kernel/db/migrate';
import { openDatabase, type Db } from '../../../../src/main/kernel/db/openDatabase';

describe('ftsQuery', () => {
  it('has no query for words without letters or digits', () => {
    expect(ftsQuery('')).toBeNull();
    expect(ftsQuery('   ')).toBeNull();
    expect(ftsQuery('- / ()')).toBeNull();
  });

  it('requires every word, each as a prefix', () => {
    expect(ftsQuery('acme ltd')).toBe('"acme"* "ltd"*');
  });

  it('keeps a word joined by punctuation together as one phrase', () => {
    expect(ftsQuery('HSE-001')).toBe('"HSE 001"*');
  });

  it('drops punctuation that stands alone between words', () => {
    expect(ftsQuery('acme - ltd')).toBe('"acme"* "ltd"*');
  });
});

describe('createCaseRows', () => {
  let db: Db;
  let rows: CaseRows;

  beforeEach(() => {
    db = openDatabase(':memory:');
    migrate(db, accountsMigrations);
    migrate(db, casesMigrations);
    const org = db.prepare("INSERT INTO orgs (id, name, created_at) VALUES (?, ?, '2026-01-01T00:00:00.000Z')");
    org.run('acme', 'Acme');
    org.run('globex', 'Globex');
    db.prepare("INSERT INTO sources (id, org_id, name, url, format, created_at) VALUES (1, 'acme', 'HSE register', 'http://register', 'html-table', '2026-01-01T00:00:00.000Z')").run();
    rows = createCaseRows(db);
  });
  afterEach(() => db.close());

  interface CaseValues {
    reference: string;
    org?: string;
    offender?: string;
    regulator?: string | null;
    fine?: number | null;
    syncedAt?: string;
  }
  /** Inserts a case (and indexes it, as the page write does) and returns its id. */
  function addCase(c: CaseValues): number {
    const { lastInsertRowid } = db
      .prepare(
        `INSERT INTO cases (org_id, reference, offender, address, offence_date, offence, regulator, fine, costs, first_seen_at, last_synced_at, source_id)
         VALUES (?, ?, ?, '1 High Street', '2024-02-01', 'Breach', ?, ?, 250, '2026-01-01T00:00:00.000Z', ?, 1)`,
      )
      .run(c.org ?? 'acme', c.reference, c.offender ?? 'Acme Ltd', c.regulator === undefined ? 'HSE' : c.regulator, c.fine === undefined ? 100 : c.fine, c.syncedAt ?? '2026-01-01T00:00:00.000Z');
    db.prepare("INSERT INTO cases_fts (rowid, reference, offender, address, offence) SELECT id, reference, offender, address, offence FROM cases WHERE id = ?").run(lastInsertRowid);
    return Number(lastInsertRowid);
  }

  describe('a scrape', () => {
    interface ScrapeValues {
      status?: Scrape['status'];
      pagesDone?: number;
      pagesTotal?: number | null;
      created?: number;
      synced?: number;
      runningMs?: number;
    }
    function scrape(s: ScrapeValues): Scrape {
      const { lastInsertRowid } = db
        .prepare(
          `INSERT INTO scrapes (org_id, source_id, status, pages_done, pages_total, cases_created, cases_synced, started_by, created_at, running_ms)
           VALUES ('acme', 1, ?, ?, ?, ?, ?, 'user:alice', '2026-01-01T00:00:00.000Z', ?)`,
        )
        .run(s.status ?? 'running', s.pagesDone ?? 0, s.pagesTotal === undefined ? null : s.pagesTotal, s.created ?? 0, s.synced ?? 0, s.runningMs ?? 0);
      return rows.scrape(Number(lastInsertRowid))!;
    }

    it('has no rate before it has run', () => {
      expect(scrape({ created: 5, runningMs: 0 }).rate).toBeNull();
    });

    it('counts created and synced cases per second of running, to one decimal', () => {
      // (2 + 1) cases in 9 s: 1/3 a second, shown as 0.3.
      expect(scrape({ created: 2, synced: 1, runningMs: 9000 }).rate).toBe(0.3);
      // 40 + 10 cases in 2 s.
      expect(scrape({ created: 40, synced: 10, runningMs: 2000 }).rate).toBe(25);
    });

    it('estimates the time left from the time per page done so far', () => {
      // 2 pages in 4 s, 8 of 10 still to read: 16 s.
      expect(scrape({ status: 'running', pagesDone: 2, pagesTotal: 10, runningMs: 4000 }).etaSeconds).toBe(16);
    });

    it('estimates for a queued scrape (a resumed one has pages done)', () => {
      expect(scrape({ status: 'queued', pagesDone: 3, pagesTotal: 6, runningMs: 3000 }).etaSeconds).toBe(3);
    });

    it('has no estimate before a page is done, nor without a page count', () => {
      expect(scrape({ status: 'running', pagesDone: 0, pagesTotal: 10, runningMs: 1500 }).etaSeconds).toBeNull();
      expect(scrape({ status: 'running', pagesDone: 2, pagesTotal: null, runningMs: 1500 }).etaSeconds).toBeNull();
    });

    it('never estimates a negative time when the register grew shorter', () => {
      expect(scrape({ status: 'running', pagesDone: 5, pagesTotal: 3, runningMs: 5000 }).etaSeconds).toBe(0);
    });

    it.each(['completed', 'failed', 'cancelled'] as const)('has no estimate once %s', (status) => {
      expect(scrape({ status, pagesDone: 2, pagesTotal: 10, runningMs: 4000 }).etaSeconds).toBeNull();
    });
  });

  it('reads a case row by id, whatever its organization', () => {
    const id = addCase({ reference: 'HSE-1', org: 'globex', offender: 'Globex plc' });
    expect(rows.caseRow(id)).toMatchObject({ id, org_id: 'globex', reference: 'HSE-1', offender: 'Globex plc', source_id: 1 });
    expect(rows.caseRow(id + 1)).toBeUndefined();
  });

  describe('the cases page', () => {
    const page = (p: Partial<CasePage> = {}) => rows.page('acme', { sort: 'reference', dir: 'asc', offset: 0, limit: 50, ...p });
    const refs = (p: Partial<CasePage> = {}) => page(p).cases.map((c) => c.reference);

    it('keeps only cases synced since the given time, in the total too', () => {
      addCase({ reference: 'A', syncedAt: '2026-03-01T09:59:59.999Z' });
      addCase({ reference: 'B', syncedAt: '2026-03-01T10:00:00.000Z' });
      addCase({ reference: 'C', syncedAt: '2026-03-02T08:00:00.000Z' });
      // Any form of the time is read as an instant (here an offset), so the comparison is on ISO strings in UTC.
      expect(page({ syncedSince: '2026-03-01T11:00:00+01:00' })).toMatchObject({ cases: [{ reference: 'B' }, { reference: 'C' }], total: 2 });
      expect(page()).toMatchObject({ total: 3 });
    });

    it('matches the words searched for and counts only the matches', () => {
      addCase({ reference: 'HSE-001', offender: 'Acme Ltd' });
      addCase({ reference: 'HSE-002', offender: 'Bolt Ltd' });
      expect(page({ q: 'bol' })).toMatchObject({ cases: [{ reference: 'HSE-002' }], total: 1 });
    });

    it.each<CaseSortColumn>(['offender', 'fine', 'regulator'])('sorts on %s, ascending or descending', (sort) => {
      // Each column puts B before C before A; the references alone would give A, B, C.
      addCase({ reference: 'A', offender: 'Carr', fine: 300, regulator: 'ORR' });
      addCase({ reference: 'B', offender: 'Abel', fine: 100, regulator: 'EA' });
      addCase({ reference: 'C', offender: 'Bell', fine: 200, regulator: 'HSE' });
      expect(refs({ sort, dir: 'asc' })).toEqual(['B', 'C', 'A']);
      expect(refs({ sort, dir: 'desc' })).toEqual(['A', 'C', 'B']);
    });

    it('puts cases without a value last in either direction', () => {
      addCase({ reference: 'A', fine: null });
      addCase({ reference: 'B', fine: 100 });
      addCase({ reference: 'C', fine: 200 });
      expect(refs({ sort: 'fine', dir: 'asc' })).toEqual(['B', 'C', 'A']);
      expect(refs({ sort: 'fine', dir: 'desc' })).toEqual(['C', 'B', 'A']);
    });

    it('orders equal values by id, in the direction asked', () => {
      // Inserted Z, Y, X: ids rise while references fall, so the id order is distinguishable from the reference order.
      const z = addCase({ reference: 'Z', fine: 100 });
      const y = addCase({ reference: 'Y', fine: 100 });
      const x = addCase({ reference: 'X', fine: 100 });
      expect(page({ sort: 'fine', dir: 'asc' }).cases.map((c) => c.id)).toEqual([z, y, x]);
      expect(page({ sort: 'fine', dir: 'desc' }).cases.map((c) => c.id)).toEqual([x, y, z]);
    });

    it('serves each shape of query right after another (sort, direction, filters)', () => {
      addCase({ reference: 'A', offender: 'Carr', syncedAt: '2026-03-01T00:00:00.000Z' });
      addCase({ reference: 'B', offender: 'Abel', syncedAt: '2026-03-03T00:00:00.000Z' });
      addCase({ reference: 'C', offender: 'Bell', syncedAt: '2026-03-02T00:00:00.000Z' });
      expect(refs({ sort: 'reference', dir: 'asc' })).toEqual(['A', 'B', 'C']);
      expect(refs({ sort: 'offender', dir: 'asc' })).toEqual(['B', 'C', 'A']);
      expect(refs({ sort: 'reference', dir: 'desc' })).toEqual(['C', 'B', 'A']);
      expect(refs({ sort: 'reference', dir: 'asc', q: 'bell' })).toEqual(['C']);
      expect(refs({ sort: 'reference', dir: 'asc', syncedSince: '2026-03-02T00:00:00.000Z' })).toEqual(['B', 'C']);
      expect(refs({ sort: 'reference', dir: 'asc' })).toEqual(['A', 'B', 'C']);
    });

    it('prepares a shape of query once and reuses it for other words, windows and organizations', () => {
      addCase({ reference: 'A', offender: 'Carr' });
      addCase({ reference: 'B', offender: 'Abel' });
      refs({ q: 'carr' });
      const prepare = vi.spyOn(db, 'prepare');
      try {
        expect(refs({ q: 'abel' })).toEqual(['B']);
        expect(refs({ q: 'a', offset: 1, limit: 1 })).toEqual(['B']);
        expect(rows.page('globex', { q: 'abel', sort: 'reference', dir: 'asc', offset: 0, limit: 50 })).toEqual({ cases: [], total: 0 });
        expect(prepare).not.toHaveBeenCalled();
      } finally {
        prepare.mockRestore();
      }
    });
  });
});
