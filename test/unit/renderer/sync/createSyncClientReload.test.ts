/**
 * The real sync client's resume and reload paths against a hand-played main process (fake channel): which topics a
 * resync or a resume reloads, when a resumed window goes live, a sign-in refused or cut off during a resume, and
 * what sharing and releasing topics sends.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Agent, ClientFrame } from '../../../../src/shared/contract';
import { createSyncClient, type SyncClient, type ViewReducer } from '../../../../src/renderer/src/sync/createSyncClient';
import { bob } from '../support/createFakeClient';
import { createFakeChannel, type FakeChannel } from '../support/fakeChannel';
import { flush, signedInClient } from '../support/signedInClient';

const agentsTopic = 'agents:updates:acme';
const presenceTopic = 'presence:acme';
const list: ViewReducer<'agents.list', Agent[]> = { init: (agents) => agents, reduce: (agents) => agents };
const count: ViewReducer<'agents.list', number> = { init: (agents) => agents.length, reduce: (n) => n + 1 };

describe('createSyncClient reload and resume', () => {
  let channel: FakeChannel;
  let client: SyncClient;
  let mark = 0;
  afterEach(() => {
    client.dispose();
    vi.restoreAllMocks();
  });

  const answer = (kind: 'snapshot' | 'subscribe' | 'command', value: unknown) => channel.push({ kind: 'result', id: channel.last(kind).id, value });
  /** Frames sent since the last call (acks left out). */
  const sentSince = (): ClientFrame[] => {
    const frames = channel.sent.slice(mark).filter((f) => f.kind !== 'ack');
    mark = channel.sent.length;
    return frames;
  };

  async function start() {
    ({ channel, client } = await signedInClient());
    sentSince();
  }

  const drop = () => {
    channel.setState({ status: 'reconnecting', attempt: 1 });
    channel.setState({ status: 'open', attempt: 0 });
  };

  /** Drops the connection and welcomes the window back on the same database, signing it in again. */
  async function reconnect(head: number) {
    drop();
    channel.push({ kind: 'welcome', epoch: 'e1', head });
    answer('command', bob);
    await flush();
  }

  it('reloads on a resync only the replicas on its topics, and sends nothing for a topic nobody watches', async () => {
    await start();
    const agents = client.watch('agents.list', {}, list);
    answer('snapshot', { seq: 1, data: [] });
    const presence = client.watch('presence.list', {}, { init: (entries) => entries, reduce: (entries) => entries });
    answer('snapshot', { seq: 1, data: [] });
    sentSince();

    channel.push({ kind: 'resync', topics: [agentsTopic], reason: 'behind' });
    expect(sentSince()).toMatchObject([
      { kind: 'subscribe', topics: [{ topic: agentsTopic }] },
      { kind: 'snapshot', view: 'agents.list' },
    ]);
    expect(agents.getState().status).toBe('stale');
    expect(presence.getState().status).toBe('live');

    channel.push({ kind: 'resync', topics: ['queue:acme'], reason: 'behind' });
    expect(sentSince()).toEqual([]);
    agents.dispose();
    presence.dispose();
  });

  it('reloads a replica on a resync of any one of its topics, and fails it when its snapshot is refused', async () => {
    await start();
    const recent = client.watch('cases.recent', { cutoffMinutes: 10 }, { init: (data) => data, reduce: (data) => data });
    answer('snapshot', { seq: 1, data: { cases: [], cutoff: 'c' } });
    sentSince();
    channel.push({ kind: 'resync', topics: ['case:created'], reason: 'behind' });
    expect(sentSince()).toMatchObject([
      { kind: 'subscribe', topics: [{ topic: 'case:synced' }, { topic: 'case:created' }] },
      { kind: 'snapshot', view: 'cases.recent' },
    ]);
    channel.push({ kind: 'error', id: channel.last('snapshot').id, error: { code: 'FORBIDDEN', message: 'no' } });
    expect(recent.getState()).toMatchObject({ status: 'error', error: { code: 'FORBIDDEN' } });
    recent.dispose();
  });

  it('goes live after a resume only once the replay reaches the head, and trusts upTo again for its replicas', async () => {
    await start();
    const replica = client.watch('agents.list', {}, list);
    answer('snapshot', { seq: 3, data: [] });
    await reconnect(9);
    answer('subscribe', { head: 9, resync: [] });
    expect(client.getState().status).toBe('reconnecting');
    expect(replica.getState().status).toBe('stale');

    channel.push({ kind: 'delta', batch: 1, upTo: 5, events: [] });
    expect(client.getState()).toMatchObject({ status: 'reconnecting', seq: 5 });
    expect(replica.getState()).toMatchObject({ status: 'stale', seq: 5 });

    channel.push({ kind: 'delta', batch: 2, upTo: 9, events: [] });
    expect(client.getState()).toMatchObject({ status: 'live', seq: 9 });
    expect(replica.getState()).toMatchObject({ status: 'live', seq: 9 });
    replica.dispose();
  });

  it('resumes a replica loaded at seq 0 from 0, and re-snapshots one whose snapshot never came', async () => {
    await start();
    const agents = client.watch('agents.list', {}, list);
    answer('snapshot', { seq: 0, data: [] });
    const presence = client.watch('presence.list', {}, { init: (entries) => entries, reduce: (entries) => entries });
    sentSince();

    await reconnect(0);
    expect(sentSince()).toMatchObject([
      { kind: 'command', name: 'session.signIn' },
      { kind: 'subscribe', topics: [{ topic: agentsTopic, since: 0 }] },
    ]);
    answer('subscribe', { head: 0, resync: [] });
    expect(sentSince()).toMatchObject([
      { kind: 'subscribe', topics: [{ topic: presenceTopic }] },
      { kind: 'snapshot', view: 'presence.list' },
    ]);
    expect(client.getState().status).toBe('live');
    agents.dispose();
    presence.dispose();
  });

  it('subscribes a replica watched during a resume only once the resume is done', async () => {
    await start();
    drop();
    // Open again but not yet welcomed: nothing is sent for a new replica before the resume.
    const early = client.watch('agents.list', {}, count);
    expect(sentSince()).toEqual([]);
    channel.push({ kind: 'welcome', epoch: 'e1', head: 0 });
    const replica = client.watch('agents.list', {}, list);
    expect(sentSince().map((f) => f.kind)).toEqual(['command']);

    answer('command', bob);
    await flush();
    const loads = sentSince();
    expect(loads).toMatchObject([
      { kind: 'subscribe', topics: [{ topic: agentsTopic }] },
      { kind: 'snapshot', view: 'agents.list' },
      { kind: 'snapshot', view: 'agents.list' },
    ]);
    for (const frame of loads) if (frame.kind === 'snapshot') channel.push({ kind: 'result', id: frame.id, value: { seq: 0, data: [] } });
    expect(early.getState().status).toBe('live');
    expect(replica.getState().status).toBe('live');

    // Watched after the resume asked for its replay and before the answer: loaded once that answer is in.
    drop();
    channel.push({ kind: 'welcome', epoch: 'e1', head: 0 });
    answer('command', bob);
    await flush();
    const presence = client.watch('presence.list', {}, { init: (entries) => entries, reduce: (entries) => entries });
    expect(sentSince().map((f) => f.kind)).toEqual(['command', 'subscribe']);
    answer('subscribe', { head: 0, resync: [] });
    expect(sentSince()).toMatchObject([
      { kind: 'subscribe', topics: [{ topic: presenceTopic }] },
      { kind: 'snapshot', view: 'presence.list' },
    ]);
    early.dispose();
    replica.dispose();
    presence.dispose();
  });

  it('refuses to watch before signIn, naming the view and the fix', () => {
    channel = createFakeChannel();
    client = createSyncClient(channel);
    expect(() => client.watch('agents.list', {}, list)).toThrow('watch(agents.list) before signIn: sign the window in first');
  });

  it('on the first welcome goes live in one step, with nothing to drop', async () => {
    channel = createFakeChannel();
    client = createSyncClient(channel);
    const seen: string[] = [];
    client.onState((state) => seen.push(`${state.status}@${state.seq}`));
    channel.push({ kind: 'welcome', epoch: 'e1', head: 0 });
    await flush();
    expect(seen).toEqual(['live@0']);
  });

  it('stays down when the connection drops again while signing in, and resumes signed out when the user is refused', async () => {
    await start();
    drop();
    channel.push({ kind: 'welcome', epoch: 'e1', head: 0 });
    channel.setState({ status: 'reconnecting', attempt: 2 });
    await flush();
    expect(client.getState().status).toBe('reconnecting');

    channel.setState({ status: 'open', attempt: 0 });
    channel.push({ kind: 'welcome', epoch: 'e1', head: 0 });
    const renew = channel.last('command', 'session.signIn');
    channel.push({ kind: 'error', id: renew.id, error: { code: 'NOT_FOUND', message: 'no user bob' } });
    await flush();
    expect(client.getState().status).toBe('live');
  });

  it('logs a failed resubscribe, but not one cut off by a dropped connection', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    await start();
    const replica = client.watch('agents.list', {}, list);
    answer('snapshot', { seq: 2, data: [] });
    await reconnect(2);
    channel.push({ kind: 'error', id: channel.last('subscribe').id, error: { code: 'INTERNAL', message: 'boom' } });
    expect(logged).toHaveBeenCalledTimes(1);
    expect(logged.mock.calls[0]?.[0]).toContain('resubscribe failed');

    await reconnect(2);
    channel.setState({ status: 'reconnecting', attempt: 1 });
    await flush();
    expect(logged).toHaveBeenCalledTimes(1);
    replica.dispose();
  });

  it('never moves its seq back, and tells state listeners only when it moves', async () => {
    await start();
    const seqs: number[] = [];
    client.onState((state) => seqs.push(state.seq));
    channel.push({ kind: 'delta', batch: 1, upTo: 5, events: [] });
    channel.push({ kind: 'delta', batch: 2, upTo: 5, events: [] });
    channel.push({ kind: 'delta', batch: 3, upTo: 4, events: [] });
    expect(client.getState().seq).toBe(5);
    expect(seqs).toEqual([5]);
  });

  it('signs another user in at once while live', async () => {
    await start();
    void client.signIn('alice').catch(() => {});
    expect(channel.last('command', 'session.signIn').input).toEqual({ user: 'alice' });
    expect(sentSince()).toHaveLength(1);
  });

  it('keeps a topic two replicas with different reducers follow until both are released', async () => {
    await start();
    const names = client.watch('agents.list', {}, list);
    const counted = client.watch('agents.list', {}, count);
    names.dispose();
    expect(channel.sent.filter((f) => f.kind === 'unsubscribe')).toEqual([]);
    counted.dispose();
    expect(channel.sent.filter((f) => f.kind === 'unsubscribe').map((f) => f.topics)).toEqual([[agentsTopic]]);
  });

  it('on dispose rejects a sign-in still waiting for the connection and releases the topics it follows', async () => {
    channel = createFakeChannel();
    client = createSyncClient(channel);
    const outcome = client.signIn('bob').then(
      () => 'signed in',
      (error: { code: string }) => error.code,
    );
    client.dispose();
    expect(await Promise.race([outcome, flush().then(() => 'still waiting')])).toBe('DISPOSED');

    await start();
    client.watch('agents.list', {}, list);
    client.dispose();
    expect(channel.sent.filter((f) => f.kind === 'unsubscribe').map((f) => f.topics)).toEqual([[agentsTopic]]);
  });
});
