/** The presence context's table: one row per signed-in window connection. */
import type { Migration } from '../../kernel/db/migrate';

export const presenceMigrations: readonly Migration[] = [
  {
    id: 'presence/001_connections',
    sql: `
      CREATE TABLE presence_connections (
        connection_id TEXT PRIMARY KEY,
        org_id TEXT NOT NULL REFERENCES orgs (id) ON DELETE CASCADE,
        user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        user_name TEXT NOT NULL,
        since TEXT NOT NULL
      ) STRICT;
    `,
  },
];
