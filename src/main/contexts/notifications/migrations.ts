/** The notifications context's table: stored notifications (activity, alert, system), per user. */
import type { Migration } from '../../kernel/db/migrate';

export const notificationsMigrations: readonly Migration[] = [
  {
    id: 'notifications/001_notifications',
    sql: `
      CREATE TABLE notifications (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        user_id TEXT NOT NULL,
        org_id TEXT NOT NULL REFERENCES orgs (id) ON DELETE CASCADE,
        type TEXT NOT NULL,
        title TEXT NOT NULL,
        body TEXT,
        link TEXT,
        created_at TEXT NOT NULL,
        read_at TEXT,
        expires_at TEXT,
        expired INTEGER NOT NULL DEFAULT 0,
        created_by TEXT NOT NULL,
        -- a notifier's key for what it told (a build run failed: job 12), so it never tells twice
        dedupe_key TEXT,
        UNIQUE (user_id, dedupe_key)
      ) STRICT;
      CREATE INDEX notifications_user ON notifications (user_id, expired, id);
      CREATE INDEX notifications_unread ON notifications (user_id, read_at) WHERE read_at IS NULL AND expired = 0;
      CREATE INDEX notifications_expiry ON notifications (expires_at) WHERE expires_at IS NOT NULL AND expired = 0;
    `,
  },
];
