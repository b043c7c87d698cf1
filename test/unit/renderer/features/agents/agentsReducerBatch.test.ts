/**
 * The agents list's batch reducer against its one-event reducer: for any list and any run of events (new, known and
 * unknown agents; renames that move rows; deletes; contacts), applying the batch at once gives exactly the list
 * that applying each event in turn gives. The replica relies on that to take a burst or a replay in one step.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Agent, AgentEvent } from '../../../../../src/shared/contract';
import { applyAgentEvent, applyAgentEvents } from '../../../../../src/renderer/src/features/agents/agentsReducer';
import type { ReplicaEvent } from '../../../../../src/renderer/src/sync/createReplica';

const uuids = Array.from({ length: 8 }, (_, i) => `00000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`);
const hostnames = ['a.acme', 'b.acme', 'c.acme', 'd.acme'];
const agentOf = (uuid: string, hostname: string, enabled: boolean): Agent => ({
  uuid,
  orgId: 'acme',
  hostname,
  ipAddress: null,
  os: null,
  resources: [],
  enabled,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  lastContactAt: null,
});
const agent = fc.record({ uuid: fc.constantFrom(...uuids), hostname: fc.constantFrom(...hostnames), enabled: fc.boolean() }).map((a) => agentOf(a.uuid, a.hostname, a.enabled));
const event: fc.Arbitrary<AgentEvent> = fc.oneof(
  fc.record({ type: fc.constantFrom('agent_registered' as const, 'agent_updated' as const, 'agent_enabled' as const, 'agent_disabled' as const), payload: fc.record({ agent }) }),
  fc.record({ type: fc.constant('agent_deleted' as const), payload: fc.record({ uuid: fc.constantFrom(...uuids) }) }),
  fc.record({ type: fc.constant('agent_seen' as const), payload: fc.record({ uuid: fc.constantFrom(...uuids), lastContactAt: fc.constantFrom('2026-01-02T00:00:00.000Z', '2026-01-03T00:00:00.000Z') }) }),
) as fc.Arbitrary<AgentEvent>;
// A snapshot holds each agent once; the server sends it sorted, but the reducers must agree on any order.
const list = fc.uniqueArray(agent, { selector: (a) => a.uuid, maxLength: 8 });

describe('applyAgentEvents', () => {
  it('gives what applying each event in turn gives', () => {
    fc.assert(
      fc.property(list, fc.array(event, { minLength: 2, maxLength: 20 }), (agents, events) => {
        const stamped = events.map((e, i): ReplicaEvent<AgentEvent> => ({ ...e, seq: i + 1, topic: 'agents:updates:acme' }));
        expect(applyAgentEvents(agents, stamped)).toEqual(stamped.reduce(applyAgentEvent, agents));
      }),
      { numRuns: 500 },
    );
  });

  it('keeps every agent right over a run of batches, contacts landing on their own agent after rows moved', () => {
    // An oracle that knows nothing of positions: agents by uuid. The reducers remember where each uuid sits from one
    // list to the next; a position handed to a list whose rows moved would stamp the wrong agent.
    const byUuid = (agents: readonly Agent[]) => Object.fromEntries(agents.map((a) => [a.uuid, a]));
    fc.assert(
      fc.property(list, fc.array(fc.array(event, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 8 }), fc.boolean(), (agents, batches, oneByOne) => {
        let seq = 0;
        let replica = agents;
        let model = byUuid(agents);
        for (const batch of batches) {
          const stamped = batch.map((e): ReplicaEvent<AgentEvent> => ({ ...e, seq: ++seq, topic: 'agents:updates:acme' }));
          replica = oneByOne ? stamped.reduce(applyAgentEvent, replica) : applyAgentEvents(replica, stamped);
          for (const e of batch) {
            if (e.type === 'agent_deleted') delete model[e.payload.uuid];
            else if (e.type === 'agent_seen') {
              const known = model[e.payload.uuid];
              if (known) model = { ...model, [known.uuid]: { ...known, lastContactAt: e.payload.lastContactAt } };
            } else model = { ...model, [e.payload.agent.uuid]: e.payload.agent };
          }
          expect(byUuid(replica)).toEqual(model);
          expect(replica).toHaveLength(Object.keys(model).length);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('leaves the list it was given unchanged', () => {
    const agents = [agentOf(uuids[0]!, 'a.acme', true), agentOf(uuids[1]!, 'b.acme', true)];
    const before = structuredClone(agents);
    applyAgentEvents(agents, [
      { seq: 1, topic: 'agents:updates:acme', type: 'agent_seen', payload: { uuid: uuids[0]!, lastContactAt: '2026-01-02T00:00:00.000Z' } },
      { seq: 2, topic: 'agents:updates:acme', type: 'agent_deleted', payload: { uuid: uuids[1]! } },
    ]);
    expect(agents).toEqual(before);
  });
});
