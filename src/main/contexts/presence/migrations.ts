/** The presence context's tables: one row per signed-in window connection, and one per window in a room. */
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
  {
    id: 'presence/002_rooms',
    sql: `
      CREATE TABLE presence_rooms (
        connection_id TEXT NOT NULL,
        org_id TEXT NOT NULL REFERENCES orgs (id) ON DELETE CASCADE,
        room TEXT NOT NULL,
        user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        user_name TEXT NOT NULL,
        since TEXT NOT NULL,
        PRIMARY KEY (connection_id, org_id, room)
      ) STRICT;
      CREATE INDEX presence_rooms_by_room ON presence_rooms (org_id, room, since);
    `,
  },
];
