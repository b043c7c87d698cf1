/**
 * Per-frame publishing of a replica store: every batch is applied (in order) and readable at once, but listeners
 * hear of all the batches since the last frame once, with the final state; the optional store probe hears both.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Agent } from '../../../../src/shared/contract';
import { createReplicaStore, RELEASE_GRACE_MS } from '../../../../src/renderer/src/stores/createReplicaStore';
import { agentsReducer } from '../../../../src/renderer/src/features/agents/agentsReducer';
import { createFakeClient, type FakeClient } from '../support/createFakeClient';
import { manualFrames, type ManualFrames } from '../support/manualFrames';
import { agent } from '../features/agents/agentFixtures';

const topic = 'agents:updates:acme';
const seen = (seq: number, uuid: string, at: string) => ({ seq, topic, type: 'agent_seen', payload: { uuid, lastContactAt: at } });

describe('replica store frames', () => {
  let fake: FakeClient;
  let frames: ManualFrames;
  beforeEach(() => {
    vi.useFakeTimers();
    fake = createFakeClient();
    frames = manualFrames();
  });
  afterEach(() => {
    delete (globalThis as { __switchboardStoreProbe?: unknown }).__switchboardStoreProbe;
    expect(fake.openSubscriptions()).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
    vi.useRealTimers();
  });

  it('applies every batch at once but tells listeners once per frame, with the final state', () => {
    const store = createReplicaStore(fake.client, 'agents.list', {}, agentsReducer, { frames });
    const told: { seq: number; previousSeq: number; data: Agent[] | undefined }[] = [];
    const stop = store.subscribe((s, previous) => told.push({ seq: s.seq, previousSeq: previous.seq, data: s.data }));
    const web = agent('web-01');
    fake.replicas[0]!.loaded(4, [web]);
    frames.run();
    expect(told.map((t) => t.seq)).toEqual([4]);

    // Three batches land between two frames: each is applied (getState follows), none is announced yet.
    const db = agent('db-01');
    fake.replicas[0]!.receive([seen(5, web.uuid, '2025-01-01T00:00:05.000Z'), { seq: 6, topic, type: 'agent_registered', payload: { agent: db } }]);
    expect(store.getState().seq).toBe(6);
    fake.replicas[0]!.receive([seen(7, web.uuid, '2025-01-01T00:00:07.000Z')]);
    fake.replicas[0]!.receive([{ seq: 8, topic, type: 'agent_deleted', payload: { uuid: db.uuid } }, seen(9, web.uuid, '2025-01-01T00:00:09.000Z')]);
    expect(store.getState().seq).toBe(9);
    expect(told).toHaveLength(1);
    expect(frames.pending).toBe(1);

    frames.run();
    // One announcement for the three batches, from the last announced state to the final one: every event applied
    // in order (db-01 registered then deleted, the web agent's last contact the latest).
    expect(told).toHaveLength(2);
    expect(told[1]).toMatchObject({ seq: 9, previousSeq: 4 });
    expect(told[1]!.data).toEqual([{ ...web, lastContactAt: '2025-01-01T00:00:09.000Z' }]);

    // A frame with nothing new tells nobody.
    frames.run();
    expect(told).toHaveLength(2);
    stop();
    vi.advanceTimersByTime(RELEASE_GRACE_MS);
  });

  it('tells every subscriber, even one function subscribed twice, and stops with each unsubscribe', () => {
    const store = createReplicaStore(fake.client, 'agents.list', {}, agentsReducer, { frames });
    const listener = vi.fn();
    const stopA = store.subscribe(listener);
    const stopB = store.subscribe(listener);
    fake.replicas[0]!.loaded(1, []);
    frames.run();
    expect(listener).toHaveBeenCalledTimes(2);
    stopA();
    fake.replicas[0]!.receive([{ seq: 2, topic, type: 'agent_registered', payload: { agent: agent('a') } }]);
    frames.run();
    expect(listener).toHaveBeenCalledTimes(3);
    stopB();
    vi.advanceTimersByTime(RELEASE_GRACE_MS);
  });

  it('drops a pending frame when the replica is released', () => {
    const store = createReplicaStore(fake.client, 'agents.list', {}, agentsReducer, { frames });
    const stop = store.subscribe(() => {});
    fake.replicas[0]!.loaded(1, []);
    expect(frames.pending).toBe(1);
    store.dispose();
    expect(frames.pending).toBe(0);
    stop();
    vi.advanceTimersByTime(RELEASE_GRACE_MS);
  });

  it('reports each applied change and each frame to a probe a page script installed', () => {
    const probe = { applied: vi.fn(), published: vi.fn() };
    (globalThis as { __switchboardStoreProbe?: unknown }).__switchboardStoreProbe = probe;
    const store = createReplicaStore(fake.client, 'agents.list', {}, agentsReducer, { frames });
    const stop = store.subscribe(() => {});
    fake.replicas[0]!.loaded(3, []);
    fake.replicas[0]!.receive([{ seq: 4, topic, type: 'agent_registered', payload: { agent: agent('a') } }]);
    frames.run();
    expect(probe.applied.mock.calls).toEqual([
      ['agents.list', 'loading', 0],
      ['agents.list', 'live', 3],
      ['agents.list', 'live', 4],
    ]);
    expect(probe.published.mock.calls).toEqual([['agents.list', 'live', 4]]);
    stop();
    vi.advanceTimersByTime(RELEASE_GRACE_MS);
  });
});
