/**
 * The cases context's tables: cases (reference unique per organization) with a full-text index over reference,
 * offender, address and offence (FTS5: new cases indexed by the page write, changes and deletes by triggers), each
 * case's change history, sources, scrapes (with the cursor a resumed scrape continues from) and their row errors.
 */
import type { Migration } from '../../kernel/db/migrate';

export const casesMigrations: readonly Migration[] = [
  {
    id: 'cases/001_cases_sources_scrapes',
    sql: `
      CREATE TABLE cases (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        org_id TEXT NOT NULL REFERENCES orgs (id) ON DELETE CASCADE,
        reference TEXT NOT NULL,
        offender TEXT NOT NULL,
        address TEXT,
        offence_date TEXT,
        offence TEXT,
        regulator TEXT,
        fine REAL,
        costs REAL,
        first_seen_at TEXT NOT NULL,
        last_synced_at TEXT NOT NULL,
        source_id INTEGER,
        UNIQUE (org_id, reference)
      ) STRICT;
      CREATE INDEX cases_synced ON cases (org_id, last_synced_at);
      CREATE INDEX cases_offender ON cases (org_id, offender);
      CREATE INDEX cases_date ON cases (org_id, offence_date);
      CREATE INDEX cases_regulator ON cases (org_id, regulator);
      CREATE INDEX cases_fine ON cases (org_id, fine);
      CREATE INDEX cases_costs ON cases (org_id, costs);
      CREATE INDEX cases_first_seen ON cases (org_id, first_seen_at);
      CREATE VIRTUAL TABLE cases_fts USING fts5 (reference, offender, address, offence, content = 'cases', content_rowid = 'id');
      CREATE TRIGGER cases_fts_insert AFTER INSERT ON cases BEGIN
        INSERT INTO cases_fts (rowid, reference, offender, address, offence) VALUES (new.id, new.reference, new.offender, new.address, new.offence);
      END;
      CREATE TRIGGER cases_fts_delete AFTER DELETE ON cases BEGIN
        INSERT INTO cases_fts (cases_fts, rowid, reference, offender, address, offence) VALUES ('delete', old.id, old.reference, old.offender, old.address, old.offence);
      END;
      CREATE TRIGGER cases_fts_update AFTER UPDATE OF reference, offender, address, offence ON cases BEGIN
        INSERT INTO cases_fts (cases_fts, rowid, reference, offender, address, offence) VALUES ('delete', old.id, old.reference, old.offender, old.address, old.offence);
        INSERT INTO cases_fts (rowid, reference, offender, address, offence) VALUES (new.id, new.reference, new.offender, new.address, new.offence);
      END;
      CREATE TABLE case_history (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        at TEXT NOT NULL,
        kind TEXT NOT NULL,
        scrape_id INTEGER,
        changes TEXT NOT NULL
      ) STRICT;
      CREATE INDEX case_history_case ON case_history (case_id, id);
      CREATE TABLE sources (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        org_id TEXT NOT NULL REFERENCES orgs (id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        url TEXT NOT NULL,
        format TEXT NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE TABLE scrapes (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        org_id TEXT NOT NULL REFERENCES orgs (id) ON DELETE CASCADE,
        source_id INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
        status TEXT NOT NULL,
        -- the next page to read: a resumed scrape continues here (null once the last page is committed)
        next_url TEXT,
        pages_done INTEGER NOT NULL DEFAULT 0,
        pages_total INTEGER,
        cases_created INTEGER NOT NULL DEFAULT 0,
        cases_synced INTEGER NOT NULL DEFAULT 0,
        error_count INTEGER NOT NULL DEFAULT 0,
        failure TEXT,
        started_by TEXT NOT NULL,
        queue_job_id INTEGER,
        created_at TEXT NOT NULL,
        started_at TEXT,
        finished_at TEXT,
        -- time spent running across attempts, for the rate (a crash's gap doesn't count)
        running_ms INTEGER NOT NULL DEFAULT 0
      ) STRICT;
      CREATE INDEX scrapes_org ON scrapes (org_id, id);
      CREATE TABLE scrape_errors (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        scrape_id INTEGER NOT NULL REFERENCES scrapes (id) ON DELETE CASCADE,
        page INTEGER NOT NULL,
        row INTEGER,
        reason TEXT NOT NULL
      ) STRICT;
      CREATE INDEX scrape_errors_scrape ON scrape_errors (scrape_id, id);
    `,
  },
  {
    // The write indexes a page's new cases in one statement (createCaseWrites): a row trigger made FTS5 flush its
    // pending terms into a new segment for every case, which cost more than the rest of the insert together.
    id: 'cases/002_fts_insert_per_page',
    sql: 'DROP TRIGGER cases_fts_insert;',
  },
];
