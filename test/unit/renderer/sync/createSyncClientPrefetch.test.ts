/**
 * A reloaded window's warm start against a hand-played main process (fake channel): the views it showed are asked
 * for as soon as it is signed in; a store that watches one takes that snapshot and subscribes from the welcome's
 * head, and loads only once the subscription is answered; what the warm start must never do (skip a replayed
 * event, take a snapshot a resync replaced, wait forever on one that failed) fails a test here.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Agent, ClientFrame, WireEvent } from '../../../../src/shared/contract';
import { createSyncClient, type SyncClient, type ViewReducer, type ViewRequest } from '../../../../src/renderer/src/sync/createSyncClient';
import type { Replica } from '../../../../src/renderer/src/sync/createReplica';
import { createFakeChannel, type FakeChannel } from '../support/fakeChannel';
import { bob } from '../support/createFakeClient';
import { agent } from '../features/agents/agentFixtures';
import { flush } from '../support/signedInClient';

const topic = 'agents:updates:acme';
const agents: ViewRequest = { view: 'agents.list', params: {} };
const registered = (seq: number): WireEvent => ({ seq, topic, type: 'agent_registered', payload: { agent: agent(`a${seq}`) } });
const list = (): ViewReducer<'agents.list', Agent[]> => ({
  init: (data) => data,
  reduce: (state, event) => (event.type === 'agent_registered' ? [...state, event.payload.agent] : state),
});
const names = (state: Agent[] | undefined) => state?.map((a) => a.hostname);

describe('createSyncClient warm start', () => {
  let channel: FakeChannel;
  let client: SyncClient;
  let mark = 0;
  afterEach(() => {
    client.dispose();
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  const answer = (frame: ClientFrame, value: unknown) => channel.push({ kind: 'result', id: (frame as { id: number }).id, value });
  const refuse = (frame: ClientFrame, code: 'NOT_FOUND' | 'FORBIDDEN') =>
    channel.push({ kind: 'error', id: (frame as { id: number }).id, error: { code, message: 'no' } });
  /** Frames sent since the last call (acks left out). */
  const sentSince = (): ClientFrame[] => {
    const frames = channel.sent.slice(mark).filter((f) => f.kind !== 'ack');
    mark = channel.sent.length;
    return frames;
  };

  /** A client told to prefetch `views`, welcomed at `head` and signed in; returns the prefetch snapshot frames. */
  async function start(views: readonly ViewRequest[], head = 3): Promise<ClientFrame[]> {
    channel = createFakeChannel();
    mark = 0;
    client = createSyncClient(channel, { prefetch: views });
    const signedIn = client.signIn('bob');
    channel.push({ kind: 'welcome', epoch: 'e1', head });
    expect(sentSince()).toMatchObject([{ kind: 'command', name: 'session.signIn' }]);
    answer(channel.last('command'), bob);
    await flush();
    await signedIn;
    return sentSince();
  }

  it('asks for the views it showed once signed in, before any store watches them, and not when sign-in is refused', async () => {
    expect(await start([agents, { view: 'presence.list', params: {} }, agents])).toMatchObject([
      { kind: 'snapshot', view: 'agents.list', params: {} },
      { kind: 'snapshot', view: 'presence.list', params: {} },
    ]);

    client.dispose();
    channel = createFakeChannel();
    client = createSyncClient(channel, { prefetch: [agents] });
    const signedIn = client.signIn('mallory');
    channel.push({ kind: 'welcome', epoch: 'e1', head: 0 });
    channel.push({ kind: 'error', id: channel.last('command').id, error: { code: 'NOT_FOUND', message: 'No user mallory' } });
    await expect(signedIn).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await flush();
    expect(channel.sent.filter((f) => f.kind === 'snapshot')).toEqual([]);
  });

  it('gives a watching store the prefetched snapshot, subscribed from the welcome head, and applies the replay past it', async () => {
    const [prefetched] = await start([agents], 3);
    const replica = client.watch('agents.list', {}, list());
    const [subscribe, ...rest] = sentSince();
    expect(subscribe).toMatchObject({ kind: 'subscribe', topics: [{ topic, since: 3 }] });
    expect(rest).toEqual([]); // no second snapshot

    answer(prefetched!, { seq: 5, data: [agent('a1')] });
    await flush();
    // The snapshot is in, the subscription not yet: still loading.
    expect(replica.getState().status).toBe('loading');
    answer(subscribe!, { head: 6, resync: [] });
    expect(replica.getState()).toMatchObject({ status: 'live', seq: 5 });
    // The log replays 4..6: 4 and 5 are in the snapshot already.
    channel.push({ kind: 'delta', batch: 1, upTo: 6, events: [registered(4), registered(5), registered(6)] });
    expect(names(replica.getState().data)).toEqual(['a1', 'a6']);
    expect(replica.getState().seq).toBe(6);
    replica.dispose();
  });

  it('loads once the subscription is answered, so a delta on other topics in between does not carry it past the replay', async () => {
    const [prefetched] = await start([agents], 3);
    const replica = client.watch('agents.list', {}, list());
    const [subscribe] = sentSince();
    answer(prefetched!, { seq: 5, data: [] });
    await flush();
    // A batch of other topics, sent before main handled the subscription: its upTo says nothing of agents.
    channel.push({ kind: 'delta', batch: 1, upTo: 9, events: [] });
    answer(subscribe!, { head: 9, resync: [] });
    channel.push({ kind: 'delta', batch: 2, upTo: 9, events: [registered(7)] });
    expect(names(replica.getState().data)).toEqual(['a7']);
    replica.dispose();
  });

  it('buffers the replay when the subscription is answered before the snapshot arrives', async () => {
    const [prefetched] = await start([agents], 3);
    const replica = client.watch('agents.list', {}, list());
    const [subscribe] = sentSince();
    answer(subscribe!, { head: 6, resync: [] });
    channel.push({ kind: 'delta', batch: 1, upTo: 6, events: [registered(4), registered(6)] });
    expect(replica.getState().status).toBe('loading');
    answer(prefetched!, { seq: 5, data: [agent('a4')] });
    await flush();
    expect(names(replica.getState().data)).toEqual(['a4', 'a6']);
    replica.dispose();
  });

  it('shares one snapshot and one subscription between stores with different reducers', async () => {
    await start([agents], 3);
    const first = client.watch('agents.list', {}, list());
    const second = client.watch('agents.list', {}, list());
    // Each watch starts on its own turn: the second finds the snapshot taken and loads the usual way...
    const frames = sentSince();
    expect(frames.filter((f) => f.kind === 'snapshot')).toHaveLength(1);
    first.dispose();
    second.dispose();

    // ...while stores made in one go (before the window is live) share it.
    client.dispose();
    channel = createFakeChannel();
    mark = 0;
    client = createSyncClient(channel, { prefetch: [agents] });
    const signedIn = client.signIn('bob');
    channel.push({ kind: 'welcome', epoch: 'e1', head: 3 });
    const replicas: Replica<Agent[]>[] = [];
    void signedIn.then(() => replicas.push(client.watch('agents.list', {}, list()), client.watch('agents.list', {}, list())));
    answer(channel.last('command'), bob);
    await flush();
    const [snapshot, subscribe, ...rest] = sentSince().filter((f) => f.kind !== 'command');
    expect(snapshot).toMatchObject({ kind: 'snapshot', view: 'agents.list' });
    expect(subscribe).toMatchObject({ kind: 'subscribe', topics: [{ topic, since: 3 }] });
    expect(rest).toEqual([]);
    answer(snapshot!, { seq: 4, data: [agent('a1')] });
    await flush();
    answer(subscribe!, { head: 4, resync: [] });
    expect(replicas.map((r) => names(r.getState().data))).toEqual([['a1'], ['a1']]);
    replicas.forEach((r) => r.dispose());
  });

  it('loads afresh a view whose topic another replica already follows (a replay would arrive behind newer events)', async () => {
    const recent10 = { view: 'cases.recent', params: { cutoffMinutes: 10 } } as const;
    await start([recent10]);
    const other = client.watch('cases.recent', { cutoffMinutes: 5 }, { init: (d) => d, reduce: (d) => d });
    sentSince();
    const taken = client.watch('cases.recent', { cutoffMinutes: 10 }, { init: (d) => d, reduce: (d) => d });
    const frames = sentSince();
    expect(frames.some((f) => f.kind === 'subscribe' && f.topics.some((t) => t.since !== undefined))).toBe(false);
    expect(frames).toContainEqual(expect.objectContaining({ kind: 'snapshot', view: 'cases.recent', params: { cutoffMinutes: 10 } }));
    other.dispose();
    taken.dispose();
  });

  it('loads the usual way when the prefetch was refused', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const [prefetched] = await start([agents]);
    const replica = client.watch('agents.list', {}, list());
    sentSince();
    refuse(prefetched!, 'FORBIDDEN');
    await flush();
    const [snapshot] = sentSince();
    expect(snapshot).toMatchObject({ kind: 'snapshot', view: 'agents.list' });
    answer(channel.last('subscribe'), { head: 3, resync: [] });
    answer(snapshot!, { seq: 3, data: [agent('a2')] });
    expect(replica.getState()).toMatchObject({ status: 'live', seq: 3 });
    expect(warn).toHaveBeenCalledWith('switchboard: could not prefetch agents.list:{}', expect.objectContaining({ code: 'FORBIDDEN' }));
    replica.dispose();
  });

  it('reloads on a resync answer, and the prefetched snapshot arriving later changes nothing', async () => {
    await start([agents], 3);
    const replica = client.watch('agents.list', {}, list());
    const [subscribe] = sentSince();
    answer(subscribe!, { head: 9, resync: [topic] });
    const reload = sentSince();
    expect(reload).toMatchObject([
      { kind: 'subscribe', topics: [{ topic }] },
      { kind: 'snapshot', view: 'agents.list' },
    ]);
    answer(reload[1]!, { seq: 9, data: [agent('fresh')] });
    // The stale prefetch answer, handled late: the replica keeps the fresh snapshot.
    answer(channel.sent.find((f) => f.kind === 'snapshot')!, { seq: 5, data: [agent('stale')] });
    await flush();
    expect(replica.getState()).toMatchObject({ status: 'live', seq: 9 });
    expect(names(replica.getState().data)).toEqual(['fresh']);
    replica.dispose();
  });

  it('lets unclaimed snapshots go after five seconds', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    await start([agents]);
    vi.advanceTimersByTime(5_000);
    const replica = client.watch('agents.list', {}, list());
    expect(sentSince()).toMatchObject([{ kind: 'subscribe', topics: [{ topic }] }, { kind: 'snapshot' }]);
    replica.dispose();
  });

  it('lets the prefetch go when the connection drops; the resumed window loads afresh', async () => {
    await start([agents]);
    channel.setState({ status: 'reconnecting', attempt: 1 });
    channel.setState({ status: 'open', attempt: 0 });
    channel.push({ kind: 'welcome', epoch: 'e1', head: 4 });
    answer(channel.last('command'), bob);
    await flush();
    sentSince();
    const replica = client.watch('agents.list', {}, list());
    expect(sentSince()).toMatchObject([{ kind: 'subscribe', topics: [{ topic }] }, { kind: 'snapshot' }]);
    replica.dispose();
  });

  it('lists each view and params it watches once', async () => {
    await start([]);
    const a = client.watch('agents.list', {}, list());
    const b = client.watch('agents.list', {}, list());
    const c = client.watch('cases.recent', { cutoffMinutes: 10 }, { init: (d) => d, reduce: (d) => d });
    expect(client.watching()).toEqual([agents, { view: 'cases.recent', params: { cutoffMinutes: 10 } }]);
    [a, b, c].forEach((r) => r.dispose());
    expect(client.watching()).toEqual([]);
  });
});
