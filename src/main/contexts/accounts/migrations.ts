/** The accounts context's tables: organizations, their users and their API token hashes. */
import type { Migration } from '../../kernel/db/migrate';

export const accountsMigrations: readonly Migration[] = [
  {
    id: 'accounts/001_orgs_users_tokens',
    sql: `
      CREATE TABLE orgs (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE TABLE users (
        id TEXT PRIMARY KEY,
        org_id TEXT NOT NULL REFERENCES orgs (id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX users_org ON users (org_id);
      CREATE TABLE org_tokens (
        org_id TEXT PRIMARY KEY REFERENCES orgs (id) ON DELETE CASCADE,
        token_sha256 TEXT NOT NULL UNIQUE,
        created_at TEXT NOT NULL
      ) STRICT;
    `,
  },
];
