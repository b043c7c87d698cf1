/** The agents list reducer: sorted upserts, deletes, and `agent_seen` touching only the last contact. */
import { describe, expect, it } from 'vitest';
import { agentsReducer, applyAgentEvent } from '../../../../../src/renderer/src/features/agents/agentsReducer';
import type { ReplicaEvent } from '../../../../../src/renderer/src/sync/createReplica';
import type { AgentEvent } from '../../../../../src/shared/contract';
import { agent } from './agentFixtures';

let seq = 0;
const event = (e: AgentEvent): ReplicaEvent<AgentEvent> => ({ seq: ++seq, topic: 'agents:updates:acme', ...e });

describe('agentsReducer', () => {
  const web = agent('web-01');
  const db = agent('db-01');

  it('keeps the list sorted by hostname through registers, updates and deletes', () => {
    let list = agentsReducer.init([web]);
    list = applyAgentEvent(list, event({ type: 'agent_registered', payload: { agent: db } }));
    expect(list.map((a) => a.hostname)).toEqual(['db-01', 'web-01']);
    list = applyAgentEvent(list, event({ type: 'agent_updated', payload: { agent: { ...db, hostname: 'zz-01' } } }));
    expect(list.map((a) => a.hostname)).toEqual(['web-01', 'zz-01']);
    list = applyAgentEvent(list, event({ type: 'agent_deleted', payload: { uuid: web.uuid } }));
    expect(list.map((a) => a.hostname)).toEqual(['zz-01']);
  });

  it('replaces an agent that keeps its hostname where it stands, without sorting the list again', () => {
    // Out of order on purpose: a sort would put db-01 first, so only a replacement in place keeps web-01 there.
    const list = [web, db];
    const disabled = applyAgentEvent(list, event({ type: 'agent_disabled', payload: { agent: { ...db, enabled: false } } }));
    expect(disabled.map((a) => a.hostname)).toEqual(['web-01', 'db-01']);
    expect(disabled[1]!.enabled).toBe(false);
    expect(disabled[0]).toBe(web);
    expect(list[1]).toBe(db);
    // A new hostname is a new place: the list is sorted again.
    const renamed = applyAgentEvent(disabled, event({ type: 'agent_updated', payload: { agent: { ...web, hostname: 'app-01' } } }));
    expect(renamed.map((a) => a.hostname)).toEqual(['app-01', 'db-01']);
  });

  it('records a last contact in place and ignores one for an agent it does not hold', () => {
    const list = [db, web];
    const seen = applyAgentEvent(list, event({ type: 'agent_seen', payload: { uuid: web.uuid, lastContactAt: '2025-02-01T00:00:00.000Z' } }));
    expect(seen[1]).toEqual({ ...web, lastContactAt: '2025-02-01T00:00:00.000Z' });
    expect(seen[0]).toBe(db);
    expect(list[1]!.lastContactAt).toBeNull();
    expect(applyAgentEvent(list, event({ type: 'agent_seen', payload: { uuid: 'gone', lastContactAt: 'x' } }))).toBe(list);
  });
});
