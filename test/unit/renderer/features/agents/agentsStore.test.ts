/**
 * agentsStore: optimistic toggles and deletes that roll back with an error toast, register results, and the
 * whole path through the real sync client (snapshot, deltas, command results) over a hand-driven channel.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ConflictError, NotFoundError } from '../../../../../src/shared/contract';
import { agentsStore } from '../../../../../src/renderer/src/features/agents/agentsStore';
import { toastsStore } from '../../../../../src/renderer/src/features/toasts/toastsStore';
import { buildStores, type Stores } from '../../../../../src/renderer/src/stores/buildStores';
import { RELEASE_GRACE_MS } from '../../../../../src/renderer/src/stores/createReplicaStore';
import { createSyncClient } from '../../../../../src/renderer/src/sync/createSyncClient';
import { agent } from './agentFixtures';
import { bob, createFakeClient, type FakeClient } from '../../support/createFakeClient';
import { createFakeChannel } from '../../support/fakeChannel';

const flush = async () => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
};

describe('agentsStore with a fake client', () => {
  let fake: FakeClient;
  let stores: Stores;
  let stop: () => void;
  const web = agent('web-01');
  const store = () => stores.get(agentsStore);
  const toasts = () => stores.get(toastsStore);

  beforeEach(() => {
    vi.useFakeTimers();
    fake = createFakeClient();
    stores = buildStores(fake.client, [toastsStore, agentsStore]);
    stop = store().subscribe(() => {});
    fake.replicas[0]!.loaded(10, [web]);
  });
  afterEach(() => {
    stop();
    vi.advanceTimersByTime(RELEASE_GRACE_MS);
    stores.dispose();
    expect(fake.openSubscriptions()).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
    vi.useRealTimers();
  });

  it('shows a disable as pending at once and clears it when the change reaches the replica', async () => {
    const done = store().getState().setEnabled(web.uuid, false);
    expect(store().getState().pending[web.uuid]).toEqual({ kind: 'disable' });
    expect(fake.commands.map((c) => [c.name, c.input])).toEqual([['agents.disable', { uuid: web.uuid }]]);

    fake.commands[0]!.resolve({ ...web, enabled: false }, 11);
    await flush();
    expect(store().getState().pending[web.uuid]).toBeDefined(); // the replica has not caught up yet

    fake.replicas[0]!.receive([{ seq: 11, topic: 'agents:updates:acme', type: 'agent_disabled', payload: { agent: { ...web, enabled: false } } }]);
    fake.reachSeq(11);
    await expect(done).resolves.toBe(true);
    expect(store().getState().pending).toEqual({});
    expect(store().getState().data?.[0]?.enabled).toBe(false);
    expect(toasts().getState().toasts).toEqual([]);
  });

  it('rolls a failed toggle back, marks the row and leaves an error toast that stays', async () => {
    const done = store().getState().setEnabled(web.uuid, false);
    fake.commands[0]!.reject(new NotFoundError(`No agent ${web.uuid} in this organization`));
    await expect(done).resolves.toBe(false);

    expect(store().getState().pending).toEqual({});
    expect(store().getState().rolledBack[web.uuid]).toBeTypeOf('number');
    const [toast] = toasts().getState().toasts;
    expect(toast?.kind).toBe('error');
    expect(toast?.message).toContain('Disabling web-01 failed');
    expect(toast?.message).toContain(`No agent ${web.uuid}`);
    vi.advanceTimersByTime(30_000);
    expect(toasts().getState().toasts).toHaveLength(1);
  });

  it('ignores a second action on a row while one is pending', async () => {
    const first = store().getState().remove(web.uuid);
    await expect(store().getState().setEnabled(web.uuid, false)).resolves.toBe(false);
    expect(fake.commands).toHaveLength(1);
    expect(store().getState().pending[web.uuid]).toEqual({ kind: 'delete' });
    fake.commands[0]!.resolve({ uuid: web.uuid }, 11);
    fake.reachSeq(11);
    await expect(first).resolves.toBe(true);
  });

  it('gives up the pending look after the settle timeout if the replica never catches up', async () => {
    const done = store().getState().setEnabled(web.uuid, false);
    fake.commands[0]!.resolve({ ...web, enabled: false }, 99);
    await flush();
    vi.advanceTimersByTime(5000);
    await expect(done).resolves.toBe(true);
    expect(store().getState().pending).toEqual({});
    fake.reachSeq(99); // release the fake's waiter
  });

  it('registers, toasts "Registered <hostname>", and hands field errors back without a toast', async () => {
    const ok = store().getState().tryRegister({ hostname: 'db-01', os: 'linux' });
    expect(fake.commands[0]).toMatchObject({ name: 'agents.register', input: { hostname: 'db-01', os: 'linux' } });
    fake.commands[0]!.resolve(agent('db-01'), 11);
    fake.reachSeq(11);
    await expect(ok).resolves.toMatchObject({ ok: true, value: { hostname: 'db-01' } });
    expect(toasts().getState().toasts.map((t) => [t.kind, t.message])).toEqual([['info', 'Registered db-01']]);

    const taken = store().getState().tryRegister({ hostname: 'web-01' });
    expect(fake.commands[0]!.input).toEqual({ hostname: 'web-01' });
    fake.commands[0]!.reject(new ConflictError('An agent named web-01 is already registered', { fields: { hostname: 'already registered' } }));
    const result = await taken;
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe('CONFLICT');
    expect(toasts().getState().toasts).toHaveLength(1);
    vi.advanceTimersByTime(4000);
  });
});

describe('agentsStore over the real sync client', () => {
  it('loads the snapshot lazily, applies deltas, and rolls back a refused command', async () => {
    const channel = createFakeChannel();
    const client = createSyncClient(channel);
    const stores = buildStores(client, [toastsStore, agentsStore], { graceMs: 0 });
    const store = stores.get(agentsStore);
    const toasts = stores.get(toastsStore);
    const web = agent('web-01');
    const topic = 'agents:updates:acme';

    const signedIn = client.signIn('bob');
    channel.push({ kind: 'welcome', epoch: 'e1', head: 0 });
    channel.push({ kind: 'result', id: channel.last('command', 'session.signIn').id, value: bob });
    await signedIn;
    await flush();
    expect(channel.sent.some((f) => f.kind === 'snapshot')).toBe(false); // lazy: nobody listens yet

    const stop = store.subscribe(() => {});
    expect(channel.last('subscribe').topics).toEqual([{ topic }]);
    channel.push({ kind: 'result', id: channel.last('subscribe').id, value: { head: 3, resync: [] } });
    channel.push({ kind: 'result', id: channel.last('snapshot').id, value: { seq: 3, data: [web] } });
    expect(store.getState()).toMatchObject({ status: 'live', seq: 3 });

    const db = agent('db-01');
    channel.push({ kind: 'delta', batch: 1, upTo: 4, events: [{ seq: 4, topic, type: 'agent_registered', payload: { agent: db } }] });
    expect(store.getState().data?.map((a) => a.hostname)).toEqual(['db-01', 'web-01']);

    const toggled = store.getState().setEnabled(web.uuid, false);
    expect(store.getState().pending[web.uuid]).toEqual({ kind: 'disable' });
    channel.push({ kind: 'error', id: channel.last('command', 'agents.disable').id, error: { code: 'FORBIDDEN', message: 'Not yours' } });
    await expect(toggled).resolves.toBe(false);
    expect(store.getState().pending).toEqual({});
    expect(store.getState().data?.find((a) => a.uuid === web.uuid)?.enabled).toBe(true);
    expect(toasts.getState().toasts[0]).toMatchObject({ kind: 'error' });

    const removed = store.getState().remove(db.uuid);
    channel.push({ kind: 'result', id: channel.last('command', 'agents.delete').id, value: { uuid: db.uuid }, seq: 5 });
    await flush();
    expect(store.getState().pending[db.uuid]).toEqual({ kind: 'delete' });
    channel.push({ kind: 'delta', batch: 2, upTo: 5, events: [{ seq: 5, topic, type: 'agent_deleted', payload: { uuid: db.uuid } }] });
    await expect(removed).resolves.toBe(true);
    expect(store.getState().data?.map((a) => a.hostname)).toEqual(['web-01']);

    stop();
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(channel.last('unsubscribe').topics).toEqual([topic]);
    stores.dispose();
    client.dispose();
    expect(channel.listenerCount()).toBe(0);
  });
});
