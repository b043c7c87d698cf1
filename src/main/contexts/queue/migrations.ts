/** The work queue's tables: its jobs (args and errors as JSON) and which organization paused which queue. */
import type { Migration } from '../../kernel/db/migrate';

export const queueMigrations: readonly Migration[] = [
  {
    id: 'queue/001_queue_jobs',
    sql: `
      CREATE TABLE queue_jobs (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        org_id TEXT NOT NULL REFERENCES orgs (id) ON DELETE CASCADE,
        queue TEXT NOT NULL,
        worker TEXT NOT NULL,
        args TEXT NOT NULL,
        -- args in canonical form (sorted keys): what a unique job compares
        args_key TEXT NOT NULL,
        state TEXT NOT NULL,
        priority INTEGER NOT NULL,
        attempt INTEGER NOT NULL DEFAULT 0,
        max_attempts INTEGER NOT NULL,
        timeout_ms INTEGER,
        inserted_at TEXT NOT NULL,
        inserted_ms INTEGER NOT NULL,
        scheduled_ms INTEGER NOT NULL,
        attempted_at TEXT,
        finished_ms INTEGER,
        errors TEXT NOT NULL DEFAULT '[]',
        progress REAL,
        progress_note TEXT,
        cancel_requested INTEGER NOT NULL DEFAULT 0,
        enqueued_by TEXT NOT NULL
      ) STRICT;
      CREATE INDEX queue_jobs_fetch ON queue_jobs (queue, state, priority, scheduled_ms, id);
      CREATE INDEX queue_jobs_org ON queue_jobs (org_id, state, id);
      CREATE INDEX queue_jobs_unique ON queue_jobs (worker, args_key, inserted_ms);
      CREATE INDEX queue_jobs_finished ON queue_jobs (finished_ms) WHERE finished_ms IS NOT NULL;
      CREATE TABLE queue_pauses (
        org_id TEXT NOT NULL REFERENCES orgs (id) ON DELETE CASCADE,
        queue TEXT NOT NULL,
        PRIMARY KEY (org_id, queue)
      ) STRICT;
    `,
  },
  {
    // The dispatcher's wake-up and staging ask for due jobs by state and time, across queues.
    id: 'queue/002_due_index',
    sql: 'CREATE INDEX queue_jobs_due ON queue_jobs (state, scheduled_ms);',
  },
  {
    // A job's own backoff (a workflow step's retry policy), over its worker's.
    id: 'queue/003_job_backoff',
    sql: 'ALTER TABLE queue_jobs ADD COLUMN backoff TEXT;',
  },
];
