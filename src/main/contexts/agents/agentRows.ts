/**
 * Reads of the agents table, always scoped by organization: an agent of another organization is simply not found.
 * @internal Used by the agents context only.
 */
import type { Agent } from '../../../shared/contract';
import type { Db } from '../../kernel/db/openDatabase';

interface AgentRow {
  uuid: string;
  org_id: string;
  hostname: string;
  ip_address: string | null;
  os: string | null;
  resources: string;
  enabled: number;
  created_at: string;
  updated_at: string;
  last_contact_at: string | null;
}

export interface AgentRows {
  list(orgId: string): Agent[];
  get(orgId: string, uuid: string): Agent | undefined;
  findByHostname(orgId: string, hostname: string): Agent | undefined;
  /** Whether `orgId` may not register `uuid`: an agent has it now, or another organization ever had it. */
  uuidTaken(orgId: string, uuid: string): boolean;
  orgOf(uuid: string): string | undefined;
}

export function toAgent(row: AgentRow): Agent {
  return {
    uuid: row.uuid,
    orgId: row.org_id,
    hostname: row.hostname,
    ipAddress: row.ip_address,
    os: row.os,
    resources: JSON.parse(row.resources) as string[],
    enabled: row.enabled === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    lastContactAt: row.last_contact_at,
  };
}

export function createAgentRows(db: Db): AgentRows {
  const list = db.prepare<[string], AgentRow>('SELECT * FROM agents WHERE org_id = ? ORDER BY hostname, uuid');
  const get = db.prepare<[string, string], AgentRow>('SELECT * FROM agents WHERE org_id = ? AND uuid = ?');
  const byHost = db.prepare<[string, string], AgentRow>('SELECT * FROM agents WHERE org_id = ? AND hostname = ?');
  const taken = db
    .prepare<[string, string, string], number>('SELECT 1 FROM agents WHERE uuid = ? UNION ALL SELECT 1 FROM agent_uuids WHERE uuid = ? AND org_id <> ?')
    .pluck();
  const orgOf = db.prepare<[string], string>('SELECT org_id FROM agents WHERE uuid = ?').pluck();
  return {
    list: (orgId) => list.all(orgId).map(toAgent),
    get(orgId, uuid) {
      const row = get.get(orgId, uuid);
      return row && toAgent(row);
    },
    findByHostname(orgId, hostname) {
      const row = byHost.get(orgId, hostname);
      return row && toAgent(row);
    },
    uuidTaken: (orgId, uuid) => taken.get(uuid, uuid, orgId) !== undefined,
    orgOf: (uuid) => orgOf.get(uuid),
  };
}
