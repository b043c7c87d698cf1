/** The jobs context's tables: the queue of jobs, the runs agents make of them, and each run's console chunks. */
import type { Migration } from '../../kernel/db/migrate';

export const jobsMigrations: readonly Migration[] = [
  {
    id: 'jobs/001_jobs_runs_console',
    sql: `
      CREATE TABLE jobs (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        org_id TEXT NOT NULL REFERENCES orgs (id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        command TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'scheduled',
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX jobs_queue ON jobs (org_id, status, id);
      CREATE TABLE runs (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        job_id INTEGER NOT NULL UNIQUE REFERENCES jobs (id) ON DELETE CASCADE,
        org_id TEXT NOT NULL,
        agent_uuid TEXT NOT NULL,
        agent_hostname TEXT NOT NULL,
        status TEXT NOT NULL,
        exit_code INTEGER,
        created_at TEXT NOT NULL,
        started_at TEXT,
        finished_at TEXT,
        console_length INTEGER NOT NULL DEFAULT 0
      ) STRICT;
      CREATE INDEX runs_agent ON runs (agent_uuid, id);
      CREATE TABLE run_console (
        run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
        offset INTEGER NOT NULL,
        text TEXT NOT NULL,
        PRIMARY KEY (run_id, offset)
      ) STRICT;
    `,
  },
  {
    // Cancel and re-run: a running job's cancel request waits for its agent; a queued job cancelled ends at once.
    id: 'jobs/002_cancel_rerun',
    sql: `
      ALTER TABLE runs ADD COLUMN cancel_requested INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE jobs ADD COLUMN finished_at TEXT;
      ALTER TABLE jobs ADD COLUMN rerun_of INTEGER;
      CREATE INDEX runs_active ON runs (status) WHERE status IN ('assigned', 'building');
    `,
  },
  {
    // Who scheduled a job (`<kind>:<id>`): the notifier tells them when its run fails.
    id: 'jobs/003_scheduled_by',
    sql: "ALTER TABLE jobs ADD COLUMN scheduled_by TEXT NOT NULL DEFAULT 'system:unrecorded';",
  },
];
