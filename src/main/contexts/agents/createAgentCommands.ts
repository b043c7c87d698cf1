/**
 * The agents context's writes: register, update, enable, disable, delete. Each runs in one kernel write, so the row
 * change and its event on `agents:updates:<org>` commit together and the event is published only after commit.
 * A write that changes nothing (enabling an enabled agent) emits nothing.
 * @internal Used by the agents context's index.
 */
import { randomUUID } from 'node:crypto';
import { ConflictError, NotFoundError, agentsTopic, type Agent, type RegisterAgentInput } from '../../../shared/contract';
import type { Actor } from '../../kernel/actor';
import type { Emit, Write } from '../../kernel/createWriter';
import type { Db } from '../../kernel/db/openDatabase';
import type { AgentRows } from './agentRows';

export interface AgentUpdate {
  uuid: string;
  hostname?: string | undefined;
  ipAddress?: string | null | undefined;
  os?: string | null | undefined;
  resources?: string[] | undefined;
}

export interface AgentCommands {
  register(actor: Actor, input: RegisterAgentInput): Agent;
  update(actor: Actor, input: AgentUpdate): Agent;
  setEnabled(actor: Actor, uuid: string, enabled: boolean): Agent;
  remove(actor: Actor, uuid: string): { uuid: string };
}

export function createAgentCommands(db: Db, write: Write, rows: AgentRows): AgentCommands {
  const insert = db.prepare(
    `INSERT INTO agents (uuid, org_id, hostname, ip_address, os, resources, enabled, created_at, updated_at)
     VALUES (@uuid, @orgId, @hostname, @ipAddress, @os, @resources, 1, @now, @now)`,
  );
  const save = db.prepare(
    `UPDATE agents SET hostname = @hostname, ip_address = @ipAddress, os = @os, resources = @resources,
       enabled = @enabled, updated_at = @now WHERE uuid = @uuid AND org_id = @orgId`,
  );
  const del = db.prepare('DELETE FROM agents WHERE uuid = ? AND org_id = ?');
  const claim = db.prepare('INSERT OR IGNORE INTO agent_uuids (uuid, org_id) VALUES (?, ?)');

  const topicOf = (orgId: string) => agentsTopic.build({ org: orgId });

  function load(actor: Actor, uuid: string): Agent {
    const agent = rows.get(actor.orgId, uuid);
    if (!agent) throw new NotFoundError(`No agent ${uuid} in this organization`);
    return agent;
  }

  function assertHostnameFree(orgId: string, hostname: string, uuid?: string) {
    const other = rows.findByHostname(orgId, hostname);
    if (other && other.uuid !== uuid) {
      throw new ConflictError(`An agent named ${other.hostname} is already registered`, { fields: { hostname: 'already registered' } });
    }
  }

  function persist(emit: Emit, next: Agent, type: 'agent_updated' | 'agent_enabled' | 'agent_disabled'): Agent {
    save.run({ ...next, resources: JSON.stringify(next.resources), enabled: next.enabled ? 1 : 0, now: next.updatedAt });
    emit(topicOf(next.orgId), { type, payload: { agent: next } });
    return next;
  }

  return {
    register(actor, input) {
      return write(actor.ref, (emit) => {
        const uuid = input.uuid ?? randomUUID();
        // One answer whichever organization holds the uuid, so the answer reveals nothing about other organizations.
        if (rows.uuidTaken(actor.orgId, uuid)) throw new ConflictError(`An agent with uuid ${uuid} already exists`, { fields: { uuid: 'already exists' } });
        assertHostnameFree(actor.orgId, input.hostname);
        const now = new Date().toISOString();
        const agent: Agent = {
          uuid,
          orgId: actor.orgId,
          hostname: input.hostname,
          ipAddress: input.ipAddress ?? null,
          os: input.os ?? null,
          resources: input.resources ?? [],
          enabled: true,
          createdAt: now,
          updatedAt: now,
          lastContactAt: null,
        };
        insert.run({ ...agent, resources: JSON.stringify(agent.resources), now });
        claim.run(uuid, actor.orgId);
        emit(topicOf(actor.orgId), { type: 'agent_registered', payload: { agent } });
        return agent;
      });
    },
    update(actor, input) {
      return write(actor.ref, (emit) => {
        const current = load(actor, input.uuid);
        if (input.hostname !== undefined) assertHostnameFree(actor.orgId, input.hostname, input.uuid);
        const next: Agent = {
          ...current,
          hostname: input.hostname ?? current.hostname,
          ipAddress: input.ipAddress === undefined ? current.ipAddress : input.ipAddress,
          os: input.os === undefined ? current.os : input.os,
          resources: input.resources ?? current.resources,
          updatedAt: new Date().toISOString(),
        };
        return persist(emit, next, 'agent_updated');
      });
    },
    setEnabled(actor, uuid, enabled) {
      return write(actor.ref, (emit) => {
        const current = load(actor, uuid);
        if (current.enabled === enabled) return current;
        const next = { ...current, enabled, updatedAt: new Date().toISOString() };
        return persist(emit, next, enabled ? 'agent_enabled' : 'agent_disabled');
      });
    },
    remove(actor, uuid) {
      return write(actor.ref, (emit) => {
        load(actor, uuid);
        del.run(uuid, actor.orgId);
        emit(topicOf(actor.orgId), { type: 'agent_deleted', payload: { uuid } });
        return { uuid };
      });
    },
  };
}
