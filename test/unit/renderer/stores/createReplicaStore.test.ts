/** The lazy replica store: watch on the first listener, release a grace period after the last one leaves. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createReplicaStore, RELEASE_GRACE_MS } from '../../../../src/renderer/src/stores/createReplicaStore';
import { agentsReducer } from '../../../../src/renderer/src/features/agents/agentsReducer';
import { createFakeClient, type FakeClient } from '../support/createFakeClient';
import { agent } from '../features/agents/agentFixtures';

describe('createReplicaStore', () => {
  let fake: FakeClient;
  beforeEach(() => {
    vi.useFakeTimers();
    fake = createFakeClient();
  });
  afterEach(() => {
    expect(fake.openSubscriptions()).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
    vi.useRealTimers();
  });

  it('watches nothing until the first listener attaches, then shares one replica among listeners', () => {
    const store = createReplicaStore(fake.client, 'agents.list', {}, agentsReducer);
    expect(fake.watchCount).toBe(0);
    expect(store.getState().status).toBe('loading');

    const stopA = store.subscribe(() => {});
    const stopB = store.subscribe(() => {});
    expect(fake.watchCount).toBe(1);

    stopA();
    stopB();
    vi.advanceTimersByTime(RELEASE_GRACE_MS);
  });

  it('mirrors the replica: loading, live with data, stale on a dropped connection, live again', () => {
    const store = createReplicaStore(fake.client, 'agents.list', {}, agentsReducer);
    const seen: string[] = [];
    const stop = store.subscribe((s) => seen.push(s.status));
    const replica = fake.replicas[0]!;

    replica.loaded(4, [agent('web-01')]);
    expect(store.getState()).toMatchObject({ status: 'live', seq: 4 });
    expect(store.getState().data?.map((a) => a.hostname)).toEqual(['web-01']);

    replica.receive([{ seq: 5, topic: 'agents:updates:acme', type: 'agent_registered', payload: { agent: agent('db-01') } }]);
    expect(store.getState().data?.map((a) => a.hostname)).toEqual(['db-01', 'web-01']);
    expect(store.getState().seq).toBe(5);

    replica.markStale();
    expect(store.getState().status).toBe('stale');
    expect(store.getState().data).toHaveLength(2);
    replica.resubscribed();
    replica.markLive();
    expect(store.getState().status).toBe('live');
    expect(seen).toEqual(['live', 'live', 'stale', 'live']);

    stop();
    vi.advanceTimersByTime(RELEASE_GRACE_MS);
  });

  it('keeps the replica through a quick unsubscribe and resubscribe (route flip, StrictMode)', () => {
    const store = createReplicaStore(fake.client, 'agents.list', {}, agentsReducer);
    store.subscribe(() => {})();
    fake.replicas[0]!.loaded(4, [agent('web-01')]);
    vi.advanceTimersByTime(RELEASE_GRACE_MS - 1);
    expect(fake.openSubscriptions()).toBe(1);

    // The returning listener finds the loaded data at once: same replica, no new watch, no loading flash.
    const stop = store.subscribe(() => {});
    expect(fake.watchCount).toBe(1);
    expect(store.getState()).toMatchObject({ status: 'live', seq: 4 });
    expect(store.getState().data?.map((a) => a.hostname)).toEqual(['web-01']);
    fake.replicas[0]!.receive([{ seq: 5, topic: 'agents:updates:acme', type: 'agent_registered', payload: { agent: agent('db-01') } }]);
    expect(store.getState().seq).toBe(5);
    vi.advanceTimersByTime(RELEASE_GRACE_MS * 5);
    expect(fake.openSubscriptions()).toBe(1);

    stop();
    vi.advanceTimersByTime(RELEASE_GRACE_MS);
  });

  it('releases the replica one grace period after the last listener leaves, and watches afresh later', () => {
    const store = createReplicaStore(fake.client, 'agents.list', {}, agentsReducer);
    const listener = vi.fn();
    const stop = store.subscribe(listener);
    fake.replicas[0]!.loaded(1, []);
    stop();
    stop(); // a second call must not release a listener that is not there

    expect(fake.openSubscriptions()).toBe(1);
    vi.advanceTimersByTime(RELEASE_GRACE_MS);
    expect(fake.openSubscriptions()).toBe(0);

    // The released replica no longer reaches the store.
    listener.mockClear();
    fake.replicas[0]!.loaded(2, [agent('late')]);
    expect(listener).not.toHaveBeenCalled();

    const again = store.subscribe(() => {});
    expect(fake.watchCount).toBe(2);
    expect(store.getState().status).toBe('loading');
    again();
    vi.advanceTimersByTime(RELEASE_GRACE_MS);
  });

  it('dispose releases at once, even with listeners attached', () => {
    const store = createReplicaStore(fake.client, 'agents.list', {}, agentsReducer);
    const stop = store.subscribe(() => {});
    store.dispose();
    expect(fake.openSubscriptions()).toBe(0);
    stop();
    vi.advanceTimersByTime(RELEASE_GRACE_MS);
  });
});
