/**
 * How one event on an organization's agents topic changes the agents list. Pure, so the replica, the store tests
 * and the reconciliation property tests all apply events the same way. The list stays sorted by hostname: a change
 * that keeps an agent's hostname (an enable, a disable, a contact, most updates) replaces it where it stands, and only
 * a new agent or a new hostname sorts the list again.
 */
import type { Agent, AgentEvent } from '../../../../shared/contract';
import type { ReplicaEvent } from '../../sync/createReplica';
import type { ViewReducer } from '../../sync/createSyncClient';

export function compareAgents(a: Agent, b: Agent): number {
  return a.hostname.localeCompare(b.hostname) || a.uuid.localeCompare(b.uuid);
}

/**
 * Where each agent sits in a list, by uuid, built once per list and handed on to the lists made from it by changes
 * that only replace rows in place: a fleet of 10,000 agents reports about 1,000 contacts a second, and a search
 * or a map of the whole list for each one kept the window's thread busy.
 */
const positions = new WeakMap<readonly Agent[], ReadonlyMap<string, number>>();

function positionsOf(agents: readonly Agent[]): ReadonlyMap<string, number> {
  let found = positions.get(agents);
  if (!found) {
    found = new Map(agents.map((a, i) => [a.uuid, i]));
    positions.set(agents, found);
  }
  return found;
}

/** The list with each contact's last-contact time; the same list when none of them is in it. */
function withContacts(agents: Agent[], contacts: readonly { uuid: string; lastContactAt: string | null }[]): Agent[] {
  const at = positionsOf(agents);
  let next: Agent[] | undefined;
  for (const { uuid, lastContactAt } of contacts) {
    const index = at.get(uuid);
    if (index === undefined) continue;
    next ??= agents.slice();
    next[index] = { ...next[index]!, lastContactAt };
  }
  if (!next) return agents;
  positions.set(next, at);
  return next;
}

/**
 * The list with `agent` in place of the one it holds with its uuid, when that one has the same hostname (so the same
 * place in the order): no copy filtered and no sort, which for 10,000 agents took about 0.2 ms of the window's
 * thread for each enable or disable (now 0.002 ms). Undefined when the agent is new or renamed.
 */
function replacedInPlace(agents: Agent[], agent: Agent): Agent[] | undefined {
  const at = positionsOf(agents);
  const index = at.get(agent.uuid);
  if (index === undefined || agents[index]!.hostname !== agent.hostname) return undefined;
  const next = agents.slice();
  next[index] = agent;
  positions.set(next, at);
  return next;
}

export function applyAgentEvent(agents: Agent[], event: ReplicaEvent<AgentEvent>): Agent[] {
  switch (event.type) {
    case 'agent_deleted':
      return agents.filter((a) => a.uuid !== event.payload.uuid);
    case 'agent_registered':
    case 'agent_updated':
    case 'agent_enabled':
    case 'agent_disabled': {
      const inPlace = replacedInPlace(agents, event.payload.agent);
      if (inPlace) return inPlace;
      const next = agents.filter((a) => a.uuid !== event.payload.agent.uuid);
      next.push(event.payload.agent);
      return next.sort(compareAgents);
    }
    case 'agent_seen':
      // Only the last contact changed: the sorted order stands, and an unknown uuid changes nothing.
      return withContacts(agents, [event.payload]);
    default:
      return agents;
  }
}

/**
 * Several events at once, as `applyAgentEvent` on each in turn would give: one map of the list, each event applied
 * to it, and one sort at the end if any event could move a row (a burst of contacts on 10,000 agents was one copy
 * and one search of the whole list per event).
 */
export function applyAgentEvents(agents: Agent[], events: readonly ReplicaEvent<AgentEvent>[]): Agent[] {
  // The usual batch: contacts only, each row replaced where it stands.
  const contacts = events.flatMap((e) => (e.type === 'agent_seen' ? [e.payload] : []));
  if (contacts.length === events.length) return withContacts(agents, contacts);
  const byUuid = new Map(agents.map((a) => [a.uuid, a]));
  let moved = false;
  for (const event of events) {
    switch (event.type) {
      case 'agent_deleted':
        byUuid.delete(event.payload.uuid);
        break;
      case 'agent_registered':
      case 'agent_updated':
      case 'agent_enabled':
      case 'agent_disabled': {
        // A known agent under its hostname keeps its place (as applyAgentEvent replaces it where it stands); a new
        // or renamed one lands anywhere, and the sort places it: hostname, then uuid, is a total order.
        const { agent } = event.payload;
        if (byUuid.get(agent.uuid)?.hostname !== agent.hostname) moved = true;
        byUuid.set(agent.uuid, agent);
        break;
      }
      case 'agent_seen': {
        const agent = byUuid.get(event.payload.uuid);
        if (agent) byUuid.set(agent.uuid, { ...agent, lastContactAt: event.payload.lastContactAt });
        break;
      }
    }
  }
  const next = [...byUuid.values()];
  return moved ? next.sort(compareAgents) : next;
}

/** The agents list replica: the snapshot as it comes, then each agents event (a batch of them at once). */
export const agentsReducer: ViewReducer<'agents.list', Agent[]> = { init: (agents) => agents, reduce: applyAgentEvent, reduceAll: applyAgentEvents };
