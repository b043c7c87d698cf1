/**
 * The campaigns context's tables: marketers and their members, campaigns (stats kept as counters, changed by
 * deltas), each campaign's target audience and its offers (one per member).
 */
import type { Migration } from '../../kernel/db/migrate';

export const campaignsMigrations: readonly Migration[] = [
  {
    id: 'campaigns/001_marketers_campaigns_offers',
    sql: `
      CREATE TABLE marketers (
        id TEXT PRIMARY KEY,
        org_id TEXT NOT NULL REFERENCES orgs (id) ON DELETE CASCADE,
        name TEXT NOT NULL
      ) STRICT;
      CREATE TABLE marketer_members (
        marketer_id TEXT NOT NULL REFERENCES marketers (id) ON DELETE CASCADE,
        user_id TEXT NOT NULL,
        PRIMARY KEY (marketer_id, user_id)
      ) STRICT, WITHOUT ROWID;
      CREATE TABLE campaigns (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        org_id TEXT NOT NULL REFERENCES orgs (id) ON DELETE CASCADE,
        marketer_id TEXT NOT NULL REFERENCES marketers (id),
        name TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'draft',
        target_size INTEGER NOT NULL,
        target_populated INTEGER NOT NULL DEFAULT 0,
        pending_offers INTEGER NOT NULL DEFAULT 0,
        accepted_offers INTEGER NOT NULL DEFAULT 0,
        declined_offers INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        launched_at TEXT,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX campaigns_marketer ON campaigns (marketer_id, id);
      CREATE TABLE target_members (
        campaign_id INTEGER NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
        member_no INTEGER NOT NULL,
        PRIMARY KEY (campaign_id, member_no)
      ) STRICT, WITHOUT ROWID;
      CREATE TABLE offers (
        campaign_id INTEGER NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
        member_no INTEGER NOT NULL,
        status TEXT NOT NULL DEFAULT 'pending',
        created_at TEXT NOT NULL,
        PRIMARY KEY (campaign_id, member_no)
      ) STRICT, WITHOUT ROWID;
    `,
  },
];

/** The seed's demo marketers. */
export const demoMarketers = [
  { id: 'acme-outdoor', orgId: 'acme', name: 'Acme Outdoor', members: ['alice', 'bob'] },
  { id: 'acme-tools', orgId: 'acme', name: 'Acme Tools', members: ['alice'] },
  { id: 'globex-media', orgId: 'globex', name: 'Globex Media', members: ['carol'] },
] as const;
