/** The agents context's table. Hostnames are unique per organization, ignoring case. */
import type { Migration } from '../../kernel/db/migrate';

export const agentsMigrations: readonly Migration[] = [
  {
    id: 'agents/001_agents',
    sql: `
      CREATE TABLE agents (
        uuid TEXT PRIMARY KEY,
        org_id TEXT NOT NULL REFERENCES orgs (id) ON DELETE CASCADE,
        hostname TEXT NOT NULL COLLATE NOCASE,
        ip_address TEXT,
        os TEXT,
        resources TEXT NOT NULL DEFAULT '[]',
        enabled INTEGER NOT NULL DEFAULT 1,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (org_id, hostname)
      ) STRICT;
    `,
  },
  {
    // Liveness: when each agent last called the host.
    id: 'agents/002_last_contact',
    sql: 'ALTER TABLE agents ADD COLUMN last_contact_at TEXT;',
  },
  {
    // Which organization a uuid was first registered in: a uuid is never handed to another organization, even after
    // its agent is deleted, so runs and topics keyed by it can never cross organizations.
    id: 'agents/003_uuid_owners',
    sql: `
      CREATE TABLE agent_uuids (uuid TEXT PRIMARY KEY, org_id TEXT NOT NULL) STRICT;
      INSERT INTO agent_uuids (uuid, org_id) SELECT uuid, org_id FROM agents;
    `,
  },
];
