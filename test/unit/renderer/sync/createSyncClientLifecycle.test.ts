/**
 * The real sync client's life around its replicas, against a hand-played main process: waiting for a seq, sharing a
 * replica, releasing a topic, a dropped connection and dispose.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Agent } from '../../../../src/shared/contract';
import type { SyncClient, ViewReducer } from '../../../../src/renderer/src/sync/createSyncClient';
import type { FakeChannel } from '../support/fakeChannel';
import { flush, signedInClient } from '../support/signedInClient';

const topic = 'agents:updates:acme';
const list: ViewReducer<'agents.list', Agent[]> = { init: (agents) => agents, reduce: (agents) => agents };

describe('createSyncClient lifecycle', () => {
  let channel: FakeChannel;
  let client: SyncClient;
  afterEach(() => client.dispose());

  const answer = (kind: 'snapshot' | 'subscribe' | 'command', value: unknown) => channel.push({ kind: 'result', id: channel.last(kind).id, value });

  async function start() {
    ({ channel, client } = await signedInClient());
  }

  it('resolves waitForSeq once a delta reaches the seq, and at once for a seq already reached', async () => {
    await start();
    const settled: number[] = [];
    void client.waitForSeq(5).then(() => settled.push(5));
    void client.waitForSeq(6).then(() => settled.push(6));
    channel.push({ kind: 'delta', batch: 1, upTo: 4, events: [] });
    await flush();
    expect(settled).toEqual([]);
    channel.push({ kind: 'delta', batch: 2, upTo: 5, events: [] });
    await flush();
    expect(settled).toEqual([5]);
    await client.waitForSeq(3);
    await client.waitForSeq(5);
    channel.push({ kind: 'delta', batch: 3, upTo: 6, events: [] });
    await flush();
    expect(settled).toEqual([5, 6]);
  });

  it('shares one replica between watchers of the same view, params and reducer, and releases the topic after the last', async () => {
    await start();
    const first = client.watch('agents.list', {}, list);
    const second = client.watch('agents.list', {}, list);
    expect(channel.sent.filter((f) => f.kind === 'snapshot')).toHaveLength(1);
    answer('snapshot', { seq: 1, data: [] });
    expect(second.getState().status).toBe('live');
    first.dispose();
    expect(channel.sent.filter((f) => f.kind === 'unsubscribe')).toEqual([]);
    expect(second.getState().status).toBe('live');
    second.dispose();
    expect(channel.sent.filter((f) => f.kind === 'unsubscribe').map((f) => f.topics)).toEqual([[topic]]);
    // Watching again after the release asks for the topic and a snapshot anew.
    client.watch('agents.list', {}, list).dispose();
    expect(channel.sent.filter((f) => f.kind === 'snapshot')).toHaveLength(2);
  });

  it("advances a replica's seq to a batch's upTo even when the batch holds none of its events", async () => {
    await start();
    const replica = client.watch('agents.list', {}, list);
    answer('snapshot', { seq: 1, data: [] });
    channel.push({ kind: 'delta', batch: 1, upTo: 9, events: [] });
    expect(replica.getState().seq).toBe(9);
  });

  it('re-snapshots a topic whose event does not match the contract', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await start();
    client.watch('agents.list', {}, list);
    answer('snapshot', { seq: 1, data: [] });
    const sent = channel.sent.length;
    channel.push({ kind: 'delta', batch: 1, upTo: 2, events: [{ seq: 2, topic, type: 'agent_registered', payload: { wrong: true } }] });
    const after = channel.sent.slice(sent).filter((f) => f.kind !== 'ack');
    expect(after.map((f) => f.kind)).toEqual(['subscribe', 'snapshot']);
    vi.restoreAllMocks();
  });

  it('marks replicas stale and fails pending requests when the connection drops', async () => {
    await start();
    const replica = client.watch('agents.list', {}, list);
    answer('snapshot', { seq: 1, data: [] });
    const pending = client.run('agents.enable', { uuid: 'u1' });
    channel.setState({ status: 'reconnecting', attempt: 2 });
    expect(replica.getState().status).toBe('stale');
    expect(client.getState()).toMatchObject({ status: 'reconnecting', attempt: 2 });
    await expect(pending).rejects.toMatchObject({ code: 'DISPOSED', message: expect.stringContaining('Connection lost') });
  });

  it('stops telling a state listener once it unsubscribes', async () => {
    await start();
    const seen: string[] = [];
    const stop = client.onState((state) => seen.push(state.status));
    channel.setState({ status: 'reconnecting', attempt: 1 });
    stop();
    channel.setState({ status: 'offline', attempt: 9 });
    expect(seen).toEqual(['reconnecting']);
  });

  it('dispose fails what is pending, disposes replicas, ends as closed, and refuses everything after', async () => {
    await start();
    const replica = client.watch('agents.list', {}, list);
    answer('snapshot', { seq: 1, data: [] });
    const seen: unknown[] = [];
    replica.subscribe((state) => seen.push(state));
    const command = client.run('agents.enable', { uuid: 'u1' });
    const waiting = client.waitForSeq(99);
    client.dispose();
    await expect(command).rejects.toMatchObject({ code: 'DISPOSED' });
    await expect(waiting).rejects.toMatchObject({ code: 'DISPOSED' });
    expect(client.getState().status).toBe('closed');
    expect(channel.listenerCount()).toBe(0);
    channel.push({ kind: 'delta', batch: 1, upTo: 2, events: [] });
    expect(seen).toEqual([]);
    await expect(client.run('agents.enable', { uuid: 'u1' })).rejects.toMatchObject({ code: 'DISPOSED' });
    await expect(client.signIn('bob')).rejects.toMatchObject({ code: 'DISPOSED' });
    await expect(client.waitForSeq(1)).rejects.toMatchObject({ code: 'DISPOSED' });
    expect(() => client.watch('agents.list', {}, list)).toThrow(expect.objectContaining({ code: 'DISPOSED' }));
    const sent = channel.sent.length;
    client.dispose();
    expect(channel.sent.length).toBe(sent);
  });
});
