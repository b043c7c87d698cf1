/**
 * The cases context's writes on a real SQLite database with its migrations, with a fake emit that records what is
 * published: a scrape's status changes (when started and finished are stamped), a committed page and an unreadable
 * page (the error row, the count, the broadcasts on `scrapes:<org>` and `scrape:<id>`), and the sync UPDATE each set
 * of changed fields prepares once.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ScrapeStatus } from '../../../../src/shared/contract';
import { accountsMigrations } from '../../../../src/main/contexts/accounts/migrations';
import { createCaseRows, type CaseRows } from '../../../../src/main/contexts/cases/caseRows';
import { createCaseWrites, type CaseWrites } from '../../../../src/main/contexts/cases/createCaseWrites';
import { casesMigrations } from '../../../../src/main/contexts/cases/migrations';
import type { ParsedCase } from '../../../../src/main/contexts/cases/parseCaseTable';
import type { Emit } from '../../../../src/main/kernel/createWriter';
import { migrate } from '../../../../src/main/kernel/db/migrate';
import { openDatabase, type Db } from '../../../../src/main/kernel/db/openDatabase';
import { parsedCase as kase } from '../../../support/parsedCase';

interface Emitted {
  topic: string;
  type: string;
  payload: unknown;
  scope: string[];
}

let db: Db;
let rows: CaseRows;
let writes: CaseWrites;
let emitted: Emitted[];
const emit = ((topic: string, event: { type: string; payload: unknown }, ...scope: string[]) => {
  emitted.push({ topic, type: event.type, payload: event.payload, scope });
  return {} as never;
}) as unknown as Emit;

beforeEach(() => {
  db = openDatabase(':memory:');
  migrate(db, accountsMigrations);
  migrate(db, casesMigrations);
  db.prepare("INSERT INTO orgs (id, name, created_at) VALUES ('acme', 'Acme', '2026-01-01T00:00:00.000Z')").run();
  db.prepare("INSERT INTO sources (id, org_id, name, url, format, created_at) VALUES (1, 'acme', 'HSE register', 'http://register', 'html-table', '2026-01-01T00:00:00.000Z')").run();
  rows = createCaseRows(db);
  writes = createCaseWrites(db, rows);
  emitted = [];
});
afterEach(() => {
  vi.useRealTimers();
  db.close();
});

/** A queued scrape of the acme source, as `scrapes.start` leaves it. */
function queuedScrape(): number {
  const { lastInsertRowid } = db
    .prepare("INSERT INTO scrapes (org_id, source_id, status, started_by, created_at) VALUES ('acme', 1, 'queued', 'user:alice', '2026-01-01T00:00:00.000Z')")
    .run();
  return Number(lastInsertRowid);
}

const at = (iso: string) => vi.setSystemTime(new Date(iso));
const stamps = (id: number) => {
  const s = rows.scrape(id)!;
  return { status: s.status, startedAt: s.startedAt, finishedAt: s.finishedAt };
};

const commit = (scrapeId: number, cases: ParsedCase[], number = 1) =>
  writes.commitPage(emit, scrapeId, { number, cases, errors: [], next: null, pagesTotal: 2, ms: 10 });

describe('setStatus', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['Date'] }));

  it('stamps neither started nor finished while queued', () => {
    const id = queuedScrape();
    at('2026-03-01T10:00:00.000Z');
    expect(writes.setStatus(emit, id, 'queued')).toMatchObject({ status: 'queued', startedAt: null, finishedAt: null });
  });

  it('stamps started when it first runs and keeps that time when it runs again', () => {
    const id = queuedScrape();
    at('2026-03-01T10:00:00.000Z');
    writes.setStatus(emit, id, 'running');
    expect(stamps(id)).toEqual({ status: 'running', startedAt: '2026-03-01T10:00:00.000Z', finishedAt: null });
    at('2026-03-01T10:05:00.000Z');
    writes.setStatus(emit, id, 'queued');
    at('2026-03-01T10:10:00.000Z');
    writes.setStatus(emit, id, 'running');
    expect(stamps(id)).toEqual({ status: 'running', startedAt: '2026-03-01T10:00:00.000Z', finishedAt: null });
  });

  it.each<ScrapeStatus>(['completed', 'failed', 'cancelled'])('stamps finished when %s, keeping when it started', (status) => {
    const id = queuedScrape();
    at('2026-03-01T10:00:00.000Z');
    writes.setStatus(emit, id, 'running');
    at('2026-03-01T11:00:00.000Z');
    expect(writes.setStatus(emit, id, status)).toMatchObject({ status, startedAt: '2026-03-01T10:00:00.000Z', finishedAt: '2026-03-01T11:00:00.000Z' });
  });

  it('stamps finished for a scrape cancelled before it ever ran, with no start', () => {
    const id = queuedScrape();
    at('2026-03-01T10:00:00.000Z');
    expect(writes.setStatus(emit, id, 'cancelled')).toMatchObject({ status: 'cancelled', startedAt: null, finishedAt: '2026-03-01T10:00:00.000Z' });
  });

  it('records the failure given', () => {
    const id = queuedScrape();
    expect(writes.setStatus(emit, id, 'failed', 'Register unreachable').failure).toBe('Register unreachable');
  });

  it('publishes the scrape as written on the organization and the scrape topics', () => {
    const id = queuedScrape();
    at('2026-03-01T10:00:00.000Z');
    const scrape = writes.setStatus(emit, id, 'running');
    expect(emitted).toEqual([
      { topic: 'scrapes:acme', type: 'scrape_updated', payload: { scrape }, scope: [] },
      { topic: `scrape:${id}`, type: 'scrape_updated', payload: { scrape }, scope: [] },
    ]);
  });
});

describe('pageError', () => {
  it('records the page as an error without a row and counts it', () => {
    const id = queuedScrape();
    writes.pageError(emit, id, 3, 'HTTP 500');
    writes.pageError(emit, id, 4, 'Timed out');
    expect(db.prepare('SELECT page, row, reason FROM scrape_errors WHERE scrape_id = ? ORDER BY id').all(id)).toEqual([
      { page: 3, row: null, reason: 'HTTP 500' },
      { page: 4, row: null, reason: 'Timed out' },
    ]);
    expect(rows.scrape(id)).toMatchObject({ errorCount: 2, errors: [{ page: 3, reason: 'HTTP 500' }, { page: 4, reason: 'Timed out' }] });
  });

  it('publishes the scrape with the error on the organization and the scrape topics', () => {
    const id = queuedScrape();
    writes.pageError(emit, id, 3, 'HTTP 500');
    const sent = { scrape: expect.objectContaining({ id, errorCount: 1, errors: [{ page: 3, reason: 'HTTP 500' }] }) };
    expect(emitted).toEqual([
      { topic: 'scrapes:acme', type: 'scrape_updated', payload: sent, scope: [] },
      { topic: `scrape:${id}`, type: 'scrape_updated', payload: sent, scope: [] },
    ]);
  });
});

describe('commitPage', () => {
  it('publishes the scrape with the page counted, after the cases, on the organization and the scrape topics', () => {
    const id = queuedScrape();
    writes.setStatus(emit, id, 'running');
    emitted = [];
    expect(commit(id, [kase('HSE-1'), kase('HSE-2')])).toEqual({ created: 2, synced: 0 });
    expect(emitted.map((e) => e.topic)).toEqual(['case:created', expect.stringMatching(/^case:created:\d+$/), 'case:created', expect.stringMatching(/^case:created:\d+$/), 'scrapes:acme', `scrape:${id}`]);
    const sent = { scrape: expect.objectContaining({ id, status: 'running', pagesDone: 1, pagesTotal: 2, casesCreated: 2, casesSynced: 0 }) };
    expect(emitted.slice(4)).toEqual([
      { topic: 'scrapes:acme', type: 'scrape_updated', payload: sent, scope: [] },
      { topic: `scrape:${id}`, type: 'scrape_updated', payload: sent, scope: [] },
    ]);
  });

  it('prepares the sync of a set of changed fields once, whichever case or scrape changes them next', () => {
    const id = queuedScrape();
    commit(id, [kase('HSE-1', 'Acme Ltd', 100), kase('HSE-2', 'Bolt Ltd', 100)]);
    // A first sync of the fine alone, and one of offender and fine, prepare their UPDATEs.
    commit(id, [kase('HSE-1', 'Acme Ltd', 200), kase('HSE-2', 'Bolt plc', 300)], 2);
    const other = queuedScrape();
    const prepare = vi.spyOn(db, 'prepare');
    try {
      expect(commit(other, [kase('HSE-2', 'Bolt plc', 400), kase('HSE-1', 'Acme plc', 500)])).toEqual({ created: 0, synced: 2 });
      expect(prepare).not.toHaveBeenCalled();
    } finally {
      prepare.mockRestore();
    }
    expect(db.prepare('SELECT reference, offender, fine FROM cases ORDER BY reference').all()).toEqual([
      { reference: 'HSE-1', offender: 'Acme plc', fine: 500 },
      { reference: 'HSE-2', offender: 'Bolt plc', fine: 400 },
    ]);
  });

  it('writes each set of changed fields to its own columns', () => {
    const id = queuedScrape();
    commit(id, [kase('HSE-1', 'Acme Ltd', 100), kase('HSE-2', 'Bolt Ltd', 100)]);
    // Offender and fine, then the fine alone: a cache keyed on anything less than the fields would reuse the wrong UPDATE.
    commit(id, [kase('HSE-1', 'Acme plc', 200)], 2);
    commit(id, [kase('HSE-2', 'Bolt Ltd', 300)], 3);
    expect(db.prepare('SELECT reference, offender, fine FROM cases ORDER BY reference').all()).toEqual([
      { reference: 'HSE-1', offender: 'Acme plc', fine: 200 },
      { reference: 'HSE-2', offender: 'Bolt Ltd', fine: 300 },
    ]);
  });
});
