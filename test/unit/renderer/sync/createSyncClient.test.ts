/**
 * The real sync client against a hand-played main process (fake channel), for the resume rules the property test
 * cannot pin down: where a resume starts when replicas share a topic at different seqs, and what a changed
 * database (epoch) does to the replicas. Counting reducers show an event applied twice or skipped.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Agent, WireEvent } from '../../../../src/shared/contract';
import { createSyncClient, type SyncClient, type ViewReducer } from '../../../../src/renderer/src/sync/createSyncClient';
import { createFakeChannel, type FakeChannel } from '../support/fakeChannel';
import { bob } from '../support/createFakeClient';
import { agent } from '../features/agents/agentFixtures';

const topic = 'agents:updates:acme';
const flush = () => new Promise<void>((resolve) => setImmediate(resolve));
const registered = (seq: number): WireEvent => ({ seq, topic, type: 'agent_registered', payload: { agent: agent(`a${seq}`) } });

/** Counts the snapshot's agents plus every event applied: not idempotent, so a replayed event shows. */
const counter = (): ViewReducer<'agents.list', { seqs: number[]; size: number }> => ({
  init: (agents: Agent[]) => ({ seqs: [], size: agents.length }),
  reduce: (state, event) => ({ seqs: [...state.seqs, event.seq], size: state.size + 1 }),
});

describe('createSyncClient resume', () => {
  let channel: FakeChannel;
  let client: SyncClient;
  afterEach(() => {
    client.dispose();
    expect(channel.listenerCount()).toBe(0);
  });

  /** Answers the newest request of `kind` as main would. */
  const answer = (kind: 'snapshot' | 'subscribe' | 'command', value: unknown) => channel.push({ kind: 'result', id: channel.last(kind).id, value });

  async function connect(epoch: string, head: number) {
    channel.push({ kind: 'welcome', epoch, head });
    answer('command', bob);
    await flush();
  }

  async function start() {
    channel = createFakeChannel();
    client = createSyncClient(channel);
    const signedIn = client.signIn('bob');
    await connect('e1', 0);
    await signedIn;
    expect(client.getState().status).toBe('live');
  }

  const drop = () => {
    channel.setState({ status: 'reconnecting', attempt: 1 });
    channel.setState({ status: 'open', attempt: 0 });
  };

  it('resumes a topic two replicas share from the lower of their seqs, and each applies the replay once', async () => {
    await start();
    const behind = client.watch('agents.list', {}, counter());
    answer('snapshot', { seq: 3, data: [] });
    // Events 4..7 were on topics this window does not follow, so nothing advanced `behind`; `ahead` starts at 7.
    const ahead = client.watch('agents.list', {}, counter());
    answer('snapshot', { seq: 7, data: [agent('x')] });
    expect(behind.getState().seq).toBe(3);
    expect(ahead.getState().seq).toBe(7);

    drop();
    await connect('e1', 9);
    const resume = channel.last('subscribe');
    expect(resume.topics).toEqual([{ topic, since: 3 }]);

    channel.push({ kind: 'result', id: resume.id, value: { head: 9, resync: [] } });
    channel.push({ kind: 'delta', batch: 1, upTo: 9, events: [registered(5), registered(8), registered(9)] });
    expect(behind.getState()).toMatchObject({ status: 'live', seq: 9, data: { seqs: [5, 8, 9], size: 3 } });
    expect(ahead.getState()).toMatchObject({ status: 'live', seq: 9, data: { seqs: [8, 9], size: 3 } });
    expect(client.getState()).toMatchObject({ status: 'live', seq: 9 });
    behind.dispose();
    ahead.dispose();
  });

  it('drops the data and re-snapshots on another database (epoch), never resuming with the old seqs', async () => {
    await start();
    const replica = client.watch('agents.list', {}, counter());
    answer('snapshot', { seq: 40, data: [agent('a'), agent('b')] });
    channel.push({ kind: 'delta', batch: 1, upTo: 41, events: [registered(41)] });
    expect(replica.getState()).toMatchObject({ status: 'live', seq: 41, data: { size: 3 } });
    expect(client.getState().seq).toBe(41);
    const sentBefore = channel.sent.length;

    drop();
    await connect('e2', 2);
    const after = channel.sent.slice(sentBefore);
    // No resume with a cursor from the old database: a fresh subscribe (no `since`) and a snapshot.
    const subscribes = after.filter((f) => f.kind === 'subscribe');
    expect(subscribes.map((f) => f.topics)).toEqual([[{ topic }]]);
    expect(after.filter((f) => f.kind === 'snapshot')).toHaveLength(1);
    expect(client.getState().seq).toBe(0);
    // Until the new snapshot lands, an event from the new database at a low seq is held, not applied to old data.
    channel.push({ kind: 'delta', batch: 1, upTo: 2, events: [registered(2)] });
    expect(replica.getState().data).toMatchObject({ size: 3, seqs: [41] });

    answer('snapshot', { seq: 1, data: [agent('fresh')] });
    expect(replica.getState()).toMatchObject({ status: 'live', seq: 2, data: { seqs: [2], size: 2 } });
    replica.dispose();
  });

  it('resumes from the replica seq on the same database, re-snapshotting nothing', async () => {
    await start();
    const replica = client.watch('agents.list', {}, counter());
    answer('snapshot', { seq: 40, data: [] });
    const sentBefore = channel.sent.length;
    drop();
    await connect('e1', 40);
    const after = channel.sent.slice(sentBefore);
    expect(after.filter((f) => f.kind === 'subscribe').map((f) => f.topics)).toEqual([[{ topic, since: 40 }]]);
    expect(after.filter((f) => f.kind === 'snapshot')).toEqual([]);
    replica.dispose();
  });
});
