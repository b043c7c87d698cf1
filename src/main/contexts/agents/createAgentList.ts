/**
 * Each organization's agents list, kept in memory once read: reading 10,000 agents from SQLite held the host's one
 * thread 14 ms (30 under load) for every window that opened or reloaded the agents view, a stall every other window
 * felt.
 * Every write to the agents table emits on the organization's agents topic (a write that changes nothing emits
 * nothing and writes nothing), so the context marks the agents an event names, once the write committed, and the
 * next read takes just those rows again from the table. A row that came or went, or changed its hostname (the
 * list's order), makes the next read take the whole list again. A contact (`agent_seen`) is the one write that
 * changes a single known field, to the value its event carries, so the list takes it from the event: a fleet's
 * contacts (1,000 a second for 10,000 agents) would otherwise cost a row read each, about 7 ms per 1,000 at the next
 * snapshot. A read inside a write goes to the table: the write may not commit, and what it sees must not be kept.
 * @internal Used by the agents context's index.
 */
import type { Agent } from '../../../shared/contract';
import type { Db } from '../../kernel/db/openDatabase';
import type { AgentRows } from './agentRows';

export interface AgentList {
  /** The organization's agents in the table's order (hostname, then uuid). The agents are frozen: they are shared. */
  list(orgId: string): Agent[];
  /** Agent `uuid` of `orgId` changed in a committed write: the next read takes its row again. */
  changed(orgId: string, uuid: string): void;
  /** Agent `uuid` of `orgId` called the host: a committed write set its last contact, and nothing else, to `at`. */
  seen(orgId: string, uuid: string, at: string): void;
}

interface Kept {
  readonly agents: Agent[];
  /** Each agent's position in `agents`. */
  readonly at: Map<string, number>;
  readonly changed: Set<string>;
}

const frozen = (agent: Agent): Agent => {
  Object.freeze(agent.resources);
  return Object.freeze(agent);
};

export function createAgentList(db: Db, rows: AgentRows): AgentList {
  const kept = new Map<string, Kept>();

  function read(orgId: string): Kept {
    const agents = rows.list(orgId).map(frozen);
    const entry: Kept = { agents, at: new Map(agents.map((agent, i) => [agent.uuid, i])), changed: new Set() };
    kept.set(orgId, entry);
    return entry;
  }

  /** Takes the changed rows again; false when the list's membership or order may have changed. */
  function refresh(orgId: string, entry: Kept): boolean {
    for (const uuid of entry.changed) {
      const i = entry.at.get(uuid);
      const row = rows.get(orgId, uuid);
      if (i === undefined || row === undefined || row.hostname !== entry.agents[i]!.hostname) return false;
      entry.agents[i] = frozen(row);
    }
    entry.changed.clear();
    return true;
  }

  function changed(orgId: string, uuid: string) {
    kept.get(orgId)?.changed.add(uuid);
  }

  return {
    list(orgId) {
      if (db.inTransaction) return rows.list(orgId);
      const entry = kept.get(orgId);
      return (entry && refresh(orgId, entry) ? entry : read(orgId)).agents.slice();
    },
    changed,
    seen(orgId, uuid, at) {
      const entry = kept.get(orgId);
      const i = entry?.at.get(uuid);
      if (entry === undefined || i === undefined) changed(orgId, uuid);
      else entry.agents[i] = frozen({ ...entry.agents[i]!, lastContactAt: at });
    },
  };
}
