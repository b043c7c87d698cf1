/**
 * The inspector's tap on delivered batches: free while nobody listens, one call per batch with its events and
 * arrival time, and never in the way of the replicas (a throwing listener, events the contract rejects).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { WireEvent } from '../../../../src/shared/contract';
import { createEventTap } from '../../../../src/renderer/src/sync/createEventTap';
import { createSyncClient, type SyncClient } from '../../../../src/renderer/src/sync/createSyncClient';
import type { Agent } from '../../../../src/shared/contract';
import { bob } from '../support/createFakeClient';
import { createFakeChannel, type FakeChannel } from '../support/fakeChannel';
import { agent } from '../features/agents/agentFixtures';

const topic = 'agents:updates:acme';
const registered = (seq: number, at?: number): WireEvent => ({ seq, topic, type: 'agent_registered', payload: { agent: agent(`a${seq}`) }, ...(at === undefined ? {} : { at }) });
const flush = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('createEventTap', () => {
  it('does nothing, not even read the clock, while nobody listens', () => {
    const now = vi.fn(() => 5);
    const tap = createEventTap(now);
    tap.emit([registered(1)]);
    expect(now).not.toHaveBeenCalled();
  });

  it('calls each listener once per batch with its events and one arrival time, until it stops', () => {
    const tap = createEventTap(() => 1234);
    const seen: [readonly WireEvent[], number][] = [];
    const stop = tap.onEvents((events, at) => seen.push([events, at]));
    const batch = [registered(1), registered(2)];
    tap.emit(batch);
    tap.emit([]);
    expect(seen).toEqual([[batch, 1234]]);
    stop();
    tap.emit([registered(3)]);
    expect(seen).toHaveLength(1);
  });

  it('keeps calling the other listeners when one throws, and forgets all on dispose', () => {
    const tap = createEventTap();
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const after = vi.fn();
    tap.onEvents(() => {
      throw new Error('broken');
    });
    tap.onEvents(after);
    tap.emit([registered(1)]);
    expect(after).toHaveBeenCalledTimes(1);
    expect(error).toHaveBeenCalledWith('switchboard: an onEvents listener threw', expect.any(Error));
    tap.dispose();
    tap.emit([registered(2)]);
    expect(after).toHaveBeenCalledTimes(1);
    error.mockRestore();
  });
});

describe('SyncClient.onEvents', () => {
  let channel: FakeChannel;
  let client: SyncClient;
  afterEach(() => {
    client.dispose();
    expect(channel.listenerCount()).toBe(0);
  });

  async function start() {
    channel = createFakeChannel();
    client = createSyncClient(channel);
    const signedIn = client.signIn('bob');
    channel.push({ kind: 'welcome', epoch: 'e1', head: 0 });
    channel.push({ kind: 'result', id: channel.last('command').id, value: bob });
    await flush();
    await signedIn;
  }

  it('hands over every delivered batch as it came, contract-rejected events included, while replicas apply theirs', async () => {
    await start();
    const replica = client.watch('agents.list', {}, { init: (agents: Agent[]) => agents.length, reduce: (n) => n + 1 });
    channel.push({ kind: 'result', id: channel.last('snapshot').id, value: { seq: 0, data: [] } });
    const batches: { events: readonly WireEvent[]; at: number }[] = [];
    const stop = client.onEvents((events, at) => batches.push({ events, at }));
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const bad: WireEvent = { seq: 3, topic, type: 'no_such_event', payload: {} };
    const before = Date.now();
    channel.push({ kind: 'delta', batch: 1, upTo: 2, events: [registered(1, 100), registered(2, 200)] });
    expect(replica.getState().data).toBe(2);
    // The contract rejects it, so the replica re-snapshots; the inspector still sees what arrived.
    channel.push({ kind: 'delta', batch: 2, upTo: 3, events: [bad] });
    error.mockRestore();
    expect(batches.map((b) => b.events.map((e) => e.seq))).toEqual([[1, 2], [3]]);
    expect(batches[0]!.events[0]!.at).toBe(100);
    expect(batches[0]!.at).toBeGreaterThanOrEqual(before);
    stop();
    channel.push({ kind: 'delta', batch: 3, upTo: 4, events: [registered(4)] });
    expect(batches).toHaveLength(2);
    replica.dispose();
  });
});
