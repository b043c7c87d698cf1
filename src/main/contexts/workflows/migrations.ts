/**
 * The workflows context's tables: workflows and their versions (a version's steps as JSON), processes, each
 * process's steps (a copy of its version's definitions, with status, attempts and result) and each step's output.
 */
import type { Migration } from '../../kernel/db/migrate';

export const workflowsMigrations: readonly Migration[] = [
  {
    id: 'workflows/001_workflows_processes',
    sql: `
      CREATE TABLE workflows (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        org_id TEXT NOT NULL REFERENCES orgs (id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        version INTEGER NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (org_id, name)
      ) STRICT;
      CREATE TABLE workflow_versions (
        workflow_id INTEGER NOT NULL REFERENCES workflows (id) ON DELETE CASCADE,
        version INTEGER NOT NULL,
        steps TEXT NOT NULL,
        created_at TEXT NOT NULL,
        PRIMARY KEY (workflow_id, version)
      ) STRICT;
      CREATE TABLE workflow_processes (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        org_id TEXT NOT NULL REFERENCES orgs (id) ON DELETE CASCADE,
        workflow_id INTEGER NOT NULL REFERENCES workflows (id) ON DELETE CASCADE,
        version INTEGER NOT NULL,
        status TEXT NOT NULL,
        percentage REAL NOT NULL DEFAULT 0,
        current_step TEXT,
        input TEXT NOT NULL,
        resource_key TEXT,
        started_by TEXT NOT NULL,
        created_at TEXT NOT NULL,
        started_at TEXT,
        finished_at TEXT
      ) STRICT;
      CREATE INDEX workflow_processes_org ON workflow_processes (org_id, id);
      CREATE INDEX workflow_processes_workflow ON workflow_processes (workflow_id, id);
      CREATE TABLE workflow_process_steps (
        process_id INTEGER NOT NULL REFERENCES workflow_processes (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        name TEXT NOT NULL,
        kind TEXT NOT NULL,
        definition TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'pending',
        attempts INTEGER NOT NULL DEFAULT 0,
        started_at TEXT,
        finished_at TEXT,
        error TEXT,
        result TEXT,
        output_length INTEGER NOT NULL DEFAULT 0,
        queue_job_id INTEGER,
        PRIMARY KEY (process_id, position),
        UNIQUE (process_id, name)
      ) STRICT;
      CREATE TABLE workflow_step_output (
        process_id INTEGER NOT NULL,
        position INTEGER NOT NULL,
        offset INTEGER NOT NULL,
        text TEXT NOT NULL,
        PRIMARY KEY (process_id, position, offset),
        FOREIGN KEY (process_id, position) REFERENCES workflow_process_steps (process_id, position) ON DELETE CASCADE
      ) STRICT;
    `,
  },
];
