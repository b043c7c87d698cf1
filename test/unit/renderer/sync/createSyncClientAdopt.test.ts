/**
 * The warm start's edges, against a hand-played main process (fake channel): a prefetched view that follows no
 * topic, a subscription main refuses or a drop cuts off while a store adopts a snapshot, a snapshot that arrived on
 * a connection since lost, a snapshot taken twice, a prefetch refused before any store asks, and what a disposed
 * client leaves running.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Agent, ClientFrame, WireEvent } from '../../../../src/shared/contract';
import { createSyncClient, type SyncClient, type ViewReducer, type ViewRequest } from '../../../../src/renderer/src/sync/createSyncClient';
import { createFakeChannel, type FakeChannel } from '../support/fakeChannel';
import { bob } from '../support/createFakeClient';
import { agent } from '../features/agents/agentFixtures';
import { flush } from '../support/signedInClient';

const topic = 'agents:updates:acme';
const agents: ViewRequest = { view: 'agents.list', params: {} };
/** Every campaign the window may see: a view read once, on no topic. */
const allCampaigns: ViewRequest = { view: 'campaigns.list', params: {} };
const registered = (seq: number): WireEvent => ({ seq, topic, type: 'agent_registered', payload: { agent: agent(`a${seq}`) } });
const list = (): ViewReducer<'agents.list', Agent[]> => ({
  init: (data) => data,
  reduce: (state, event) => (event.type === 'agent_registered' ? [...state, event.payload.agent] : state),
});
const names = (state: Agent[] | undefined) => state?.map((a) => a.hostname);

describe('createSyncClient adopting a prefetched snapshot', () => {
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
  /** The topics of a subscribe frame, with their `since` if any: `{ topic }` alone is a fresh subscription. */
  const topicsOf = (frame: ClientFrame | undefined) => (frame?.kind === 'subscribe' ? frame.topics : undefined);

  /** A client told to prefetch `views`, welcomed at `head` and signed in; returns the prefetch snapshot frames. */
  async function start(views: readonly ViewRequest[], head = 3, window?: number): Promise<ClientFrame[]> {
    channel = createFakeChannel();
    mark = 0;
    client = createSyncClient(channel, { prefetch: views });
    const signedIn = client.signIn('bob');
    channel.push({ kind: 'welcome', epoch: 'e1', head, ...(window === undefined ? {} : { window }) });
    answer(channel.last('command'), bob);
    await flush();
    await signedIn;
    return sentSince().filter((f) => f.kind === 'snapshot');
  }

  /** The connection drops and comes back, welcomed at `head`; the window is signed in again. */
  async function reconnect(head: number) {
    channel.setState({ status: 'reconnecting', attempt: 1 });
    await flush();
    channel.setState({ status: 'open', attempt: 0 });
    channel.push({ kind: 'welcome', epoch: 'e1', head });
    answer(channel.last('command'), bob);
    await flush();
  }

  it('loads a prefetched view that follows no topic from its snapshot alone, subscribing nothing', async () => {
    const [prefetched] = await start([allCampaigns]);
    const replica = client.watch('campaigns.list', {}, { init: (data) => data, reduce: (data) => data });
    expect(sentSince()).toEqual([]); // no subscribe, no second snapshot
    answer(prefetched!, { seq: 3, data: { campaigns: [] } });
    await flush();
    expect(replica.getState()).toMatchObject({ status: 'live', seq: 3, data: { campaigns: [] } });
    replica.dispose();
  });

  it('fails the store with main’s refusal when the subscription of an adopted view is refused', async () => {
    const [prefetched] = await start([agents]);
    const replica = client.watch('agents.list', {}, list());
    const [subscribe] = sentSince();
    refuse(subscribe!, 'FORBIDDEN');
    expect(replica.getState()).toMatchObject({ status: 'error', error: { code: 'FORBIDDEN' } });
    // The snapshot arriving afterwards does not make it look live.
    answer(prefetched!, { seq: 3, data: [agent('a1')] });
    await flush();
    expect(replica.getState().status).toBe('error');
    replica.dispose();
  });

  it('asks for no other snapshot when main refused both the subscription and the prefetch of an adopted view', async () => {
    const [prefetched] = await start([agents]);
    const replica = client.watch('agents.list', {}, list());
    const [subscribe] = sentSince();
    refuse(subscribe!, 'FORBIDDEN');
    refuse(prefetched!, 'FORBIDDEN');
    await flush();
    // A fresh snapshot could be answered and show the view live on topics it never followed.
    expect(sentSince()).toEqual([]);
    expect(replica.getState()).toMatchObject({ status: 'error', error: { code: 'FORBIDDEN' } });
    replica.dispose();
  });

  it('keeps loading an adopted view whose subscription a drop cut off, and snapshots it afresh on the next connection', async () => {
    await start([agents], 3);
    const replica = client.watch('agents.list', {}, list());
    sentSince();
    channel.setState({ status: 'reconnecting', attempt: 1 });
    await flush();
    expect(replica.getState().status).toBe('loading'); // not failed: the drop is not the view's fault

    channel.setState({ status: 'open', attempt: 0 });
    channel.push({ kind: 'welcome', epoch: 'e1', head: 5 });
    answer(channel.last('command'), bob);
    await flush();
    const [, subscribe, snapshot] = sentSince();
    expect(topicsOf(subscribe)).toEqual([{ topic }]);
    expect(snapshot).toMatchObject({ kind: 'snapshot', view: 'agents.list' });
    answer(subscribe!, { head: 5, resync: [] });
    answer(snapshot!, { seq: 5, data: [agent('a1')] });
    expect(replica.getState()).toMatchObject({ status: 'live', seq: 5 });
    expect(names(replica.getState().data)).toEqual(['a1']);
    replica.dispose();
  });

  it('does not hand a store on a new connection a snapshot that arrived on the lost one', async () => {
    const [prefetched] = await start([agents], 3);
    answer(prefetched!, { seq: 3, data: [agent('a1')] });
    await flush();
    // Events 4..8 commit while the window is away; the new connection's log replay would start at its head, 8.
    await reconnect(8);
    sentSince();

    const replica = client.watch('agents.list', {}, list());
    const [subscribe, snapshot, ...rest] = sentSince();
    expect(topicsOf(subscribe)).toEqual([{ topic }]);
    expect(snapshot).toMatchObject({ kind: 'snapshot', view: 'agents.list' });
    expect(rest).toEqual([]);
    answer(snapshot!, { seq: 8, data: [agent('a1'), agent('a5')] });
    expect(names(replica.getState().data)).toEqual(['a1', 'a5']);
    replica.dispose();
  });

  it('hands a prefetched snapshot to one store only: one that watches the view again after letting go loads afresh', async () => {
    const [prefetched] = await start([agents], 3);
    const first = client.watch('agents.list', {}, list());
    const [subscribe] = sentSince();
    answer(prefetched!, { seq: 3, data: [agent('a1')] });
    await flush();
    answer(subscribe!, { head: 3, resync: [] });
    expect(first.getState()).toMatchObject({ status: 'live', seq: 3 });
    channel.push({ kind: 'delta', batch: 1, upTo: 4, events: [registered(4)] });
    first.dispose();
    expect(sentSince()).toMatchObject([{ kind: 'unsubscribe', topics: [topic] }]);

    const again = client.watch('agents.list', {}, list());
    const [resubscribe, snapshot, ...rest] = sentSince();
    expect(topicsOf(resubscribe)).toEqual([{ topic }]);
    expect(snapshot).toMatchObject({ kind: 'snapshot', view: 'agents.list' });
    expect(rest).toEqual([]);
    answer(snapshot!, { seq: 4, data: [agent('a1'), agent('a4')] });
    expect(names(again.getState().data)).toEqual(['a1', 'a4']);
    again.dispose();
  });

  it('lets a prefetch refused before any store asked go: the store subscribes afresh and asks for its own snapshot', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const [prefetched] = await start([agents], 3);
    refuse(prefetched!, 'NOT_FOUND');
    await flush();
    expect(warn).toHaveBeenCalledWith('switchboard: could not prefetch agents.list:{}', expect.objectContaining({ code: 'NOT_FOUND' }));

    const replica = client.watch('agents.list', {}, list());
    const [subscribe, snapshot, ...rest] = sentSince();
    expect(topicsOf(subscribe)).toEqual([{ topic }]);
    expect(snapshot).toMatchObject({ kind: 'snapshot', view: 'agents.list' });
    expect(rest).toEqual([]);
    replica.dispose();
  });

  it('asks nothing more for a store that let go before its prefetched snapshot was refused', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const [prefetched] = await start([agents], 3);
    const replica = client.watch('agents.list', {}, list());
    const [subscribe] = sentSince();
    answer(subscribe!, { head: 3, resync: [] });
    replica.dispose();
    expect(sentSince()).toMatchObject([{ kind: 'unsubscribe', topics: [topic] }]);

    refuse(prefetched!, 'FORBIDDEN');
    await flush();
    expect(sentSince()).toEqual([]); // no snapshot for a view nobody watches
  });

  it('does not warn about a prefetch cut off by a drop or by dispose', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await start([agents]);
    channel.setState({ status: 'reconnecting', attempt: 1 });
    await flush();
    expect(warn).not.toHaveBeenCalled();
    client.dispose();

    await start([agents]);
    client.dispose();
    await flush();
    expect(warn).not.toHaveBeenCalled();
  });

  it('leaves no timer running once disposed (neither the prefetch’s nor a pending ack’s)', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    await start([agents], 3, 16);
    channel.push({ kind: 'delta', batch: 1, upTo: 3, events: [] }); // its ack waits for a pause
    expect(vi.getTimerCount()).toBe(2);
    client.dispose();
    expect(vi.getTimerCount()).toBe(0);
  });
});
