/**
 * The agents context (seed: ExGoCD's Agents): the only writer of `agents`. It exposes plain functions, registers
 * the agents commands and the `agents.list` view with the kernel, and lets an actor read only its own
 * organization's `agents:updates:<org>` topic. Windows and the REST API reach it through the same commands. It
 * also keeps each agent's last contact (liveness), which the jobs context reports through its `AgentDirectory` port.
 */
import { agentsTopic, type Agent, type AgentEvent, type RegisterAgentInput } from '../../../shared/contract';
import type { Actor } from '../../kernel/actor';
import type { ContextKit } from '../../kernel/context/createContextKit';
import { createAgentList } from './createAgentList';
import { createAgentRows } from './agentRows';
import { createAgentCommands, type AgentUpdate } from './createAgentCommands';
import { createContactLog } from './createContactLog';
import { agentsMigrations } from './migrations';

/** The agents context's public functions. */
export interface AgentsContext {
  list(orgId: string): Agent[];
  /** An agent of `orgId`, or undefined (also for another organization's agent). */
  find(orgId: string, uuid: string): Agent | undefined;
  orgOf(uuid: string): string | undefined;
  register(actor: Actor, input: RegisterAgentInput): Agent;
  update(actor: Actor, input: AgentUpdate): Agent;
  enable(actor: Actor, uuid: string): Agent;
  disable(actor: Actor, uuid: string): Agent;
  remove(actor: Actor, uuid: string): { uuid: string };
  /** Agent `uuid` of `orgId` called the host just now. Must not run inside another write. */
  recordContact(orgId: string, uuid: string): void;
  /** When the agent last called (ms since the epoch), or undefined if it never did. */
  lastContact(uuid: string): number | undefined;
}

export interface AgentsOptions {
  /** Silence after which an agent is lost (default `LOST_AFTER_MS`). */
  lostAfterMs?: number;
}

export function createAgentsContext(kit: ContextKit, options: AgentsOptions = {}): AgentsContext {
  kit.migrate(agentsMigrations);
  const rows = createAgentRows(kit.db);
  const commands = createAgentCommands(kit.db, kit.write, rows);
  const contacts = createContactLog(kit.db, kit.write, options.lostAfterMs);
  const agentList = createAgentList(kit.db, rows);
  // Every write to the agents table says which agent it changed on this topic, after it commits.
  kit.subscribeFamily(agentsTopic, (event, { org }) => {
    const e = event as AgentEvent;
    if (e.type === 'agent_seen') agentList.seen(org!, e.payload.uuid, e.payload.lastContactAt);
    else agentList.changed(org!, uuidOf(e));
  });

  kit.command('agents.register', (input, { actor }) => commands.register(actor, input));
  kit.command('agents.update', (input, { actor }) => commands.update(actor, input));
  kit.command('agents.enable', (input, { actor }) => commands.setEnabled(actor, input.uuid, true));
  kit.command('agents.disable', (input, { actor }) => commands.setEnabled(actor, input.uuid, false));
  kit.command('agents.delete', (input, { actor }) => commands.remove(actor, input.uuid));
  kit.view('agents.list', (_params, actor) => agentList.list(actor.orgId));
  kit.authorize(agentsTopic, (actor, params) => actor.orgId === params.org);

  return {
    list: (orgId) => agentList.list(orgId),
    find: (orgId, uuid) => rows.get(orgId, uuid),
    orgOf: (uuid) => rows.orgOf(uuid),
    register: commands.register,
    update: commands.update,
    enable: (actor, uuid) => commands.setEnabled(actor, uuid, true),
    disable: (actor, uuid) => commands.setEnabled(actor, uuid, false),
    remove: commands.remove,
    recordContact: contacts.record,
    lastContact: contacts.lastContact,
  };
}

const uuidOf = (event: AgentEvent): string => ('agent' in event.payload ? event.payload.agent.uuid : event.payload.uuid);
