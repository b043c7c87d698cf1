/**
 * The agents contract (seed: ExGoCD's Agents context): the agent record, the events on an organization's
 * agents topic, the agents commands and the agents list view.
 */
import { z } from 'zod';
import { commandSpec } from './commands';
import { defineDomain } from './domain';
import { topicFamily, type FamilyEvent } from './topics';
import { viewSpec } from './views';

const hostnamePattern = /^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/;

export const hostnameSchema = z
  .string({ error: 'hostname is required' })
  .trim()
  .min(1, 'hostname is required')
  .max(253, 'hostname is at most 253 characters')
  .regex(hostnamePattern, 'hostname may contain letters, digits, hyphens and dots only');

export const agentSchema = z.object({
  uuid: z.string(),
  orgId: z.string(),
  hostname: z.string(),
  ipAddress: z.string().nullable(),
  os: z.string().nullable(),
  resources: z.array(z.string()),
  enabled: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** When the agent last called the host (asked for work, sent console or status); null if it never did. */
  lastContactAt: z.string().nullable(),
});
export type Agent = z.infer<typeof agentSchema>;

/** An agent silent for longer than this is lost: it stopped, crashed or lost its network. */
export const LOST_AFTER_MS = 30_000;

/** Whether an agent is calling the host: `never` for one that never asked for work since it was registered. */
export type AgentLiveness = 'alive' | 'lost' | 'never';

export function agentLiveness(agent: Pick<Agent, 'lastContactAt'>, now: number, lostAfterMs = LOST_AFTER_MS): AgentLiveness {
  if (agent.lastContactAt === null) return 'never';
  return now - Date.parse(agent.lastContactAt) > lostAfterMs ? 'lost' : 'alive';
}

const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();
const resourcesSchema = z.array(z.string().trim().min(1).max(64)).max(32).optional();
const uuidInput = z.object({ uuid: z.uuid('uuid must be a UUID') }).strict();

export const registerAgentInput = z
  .object({
    uuid: z.uuid('uuid must be a UUID').optional(),
    hostname: hostnameSchema,
    ipAddress: optionalText(64),
    os: optionalText(64),
    resources: resourcesSchema,
  })
  .strict();
export type RegisterAgentInput = z.infer<typeof registerAgentInput>;

export const updateAgentInput = z
  .object({
    uuid: z.uuid('uuid must be a UUID'),
    hostname: hostnameSchema.optional(),
    ipAddress: optionalText(64),
    os: optionalText(64),
    resources: resourcesSchema,
  })
  .strict();

export const agentsTopic = topicFamily('agents:updates:{org}', {
  agent_registered: z.object({ agent: agentSchema }),
  agent_updated: z.object({ agent: agentSchema }),
  agent_enabled: z.object({ agent: agentSchema }),
  agent_disabled: z.object({ agent: agentSchema }),
  agent_deleted: z.object({ uuid: z.string() }),
  /** The agent called the host: only its `lastContactAt` changed (sent at most every third of the lost threshold). */
  agent_seen: z.object({ uuid: z.string(), lastContactAt: z.string() }),
});
export type AgentEvent = FamilyEvent<typeof agentsTopic>;

export const agentsDomain = defineDomain({
  name: 'agents',
  topics: { agentsTopic },
  commands: {
    'agents.register': commandSpec(registerAgentInput, agentSchema),
    'agents.update': commandSpec(updateAgentInput, agentSchema),
    'agents.enable': commandSpec(uuidInput, agentSchema),
    'agents.disable': commandSpec(uuidInput, agentSchema),
    'agents.delete': commandSpec(uuidInput, z.object({ uuid: z.string() })),
  },
  views: {
    'agents.list': viewSpec(z.object({}).strict(), z.array(agentSchema), (session) => [agentsTopic.build({ org: session.orgId })]),
  },
  rest: [
    { method: 'GET', path: '/api/agents', status: 200, run: { view: 'agents.list', wrap: (agents) => ({ agents }) } },
    { method: 'POST', path: '/api/agents', status: 201, run: { command: 'agents.register', input: (_, body) => body } },
    { method: 'PUT', path: '/api/agents/:uuid/enable', status: 200, run: { command: 'agents.enable', input: ({ uuid }) => ({ uuid }) } },
    { method: 'PUT', path: '/api/agents/:uuid/disable', status: 200, run: { command: 'agents.disable', input: ({ uuid }) => ({ uuid }) } },
    { method: 'DELETE', path: '/api/agents/:uuid', status: 200, run: { command: 'agents.delete', input: ({ uuid }) => ({ uuid }) } },
  ],
});
