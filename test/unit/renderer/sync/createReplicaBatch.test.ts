/**
 * A reducer's batch step: the replica hands it, in seq order, only the events it would have reduced one by one
 * (above its seq, on its topics), and only when there are two or more; one event still goes to `reduce`. The store
 * declarations pass it through.
 */
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { createReplica, type ReplicaReducer } from '../../../../src/renderer/src/sync/createReplica';
import type { TopicEvent } from '../../../../src/shared/contract';
import { buildStores } from '../../../../src/renderer/src/stores/buildStores';
import { defineReplicaFamily } from '../../../../src/renderer/src/stores/defineReplicaFamily';
import { agentsReducer, applyAgentEvents } from '../../../../src/renderer/src/features/agents/agentsReducer';
import { agentsStore } from '../../../../src/renderer/src/features/agents/agentsStore';
import { createFakeClient } from '../support/createFakeClient';

const topic = 'scheduler:updates:acme';
const event = (seq: number, on = topic) => ({ seq, topic: on, type: 'tick', payload: {} });

describe('a replica with a batch reducer', () => {
  it('reduces a batch at once, with only the events above its seq and on its topics, in order', () => {
    const batches: number[][] = [];
    const reducer: ReplicaReducer<number[], number[], TopicEvent> = {
      init: (snapshot) => snapshot,
      reduce: (seqs, e) => [...seqs, (e as unknown as { seq: number }).seq],
      reduceAll: (seqs, events) => {
        batches.push(events.map((e) => e.seq));
        return [...seqs, ...events.map((e) => e.seq)];
      },
    };
    const replica = createReplica('seqs', [topic], z.array(z.number()), reducer, vi.fn());
    replica.beginLoad();
    replica.receive([event(4), event(6), event(7, 'scheduler:updates:globex'), event(8)]);
    replica.loaded(5, []);
    expect(batches).toEqual([[6, 8]]);
    expect(replica.getState()).toMatchObject({ data: [6, 8], seq: 8 });

    // One event left after filtering: the one-event step.
    replica.receive([event(8), event(9)]);
    expect(batches).toHaveLength(1);
    expect(replica.getState()).toMatchObject({ data: [6, 8, 9], seq: 9 });
    replica.receive([event(10), event(11)]);
    expect(batches).toEqual([[6, 8], [10, 11]]);
    expect(replica.getState().seq).toBe(11);
  });

  it('is passed through by store and family declarations', () => {
    const fake = createFakeClient();
    const watch = vi.spyOn(fake.client, 'watch');
    const family = defineReplicaFamily({ view: 'agents.list', params: (_key: string) => ({}), ...agentsReducer });
    const stores = buildStores(fake.client, [agentsStore, family]);
    const stops = [stores.get(agentsStore).subscribe(() => {}), stores.get(family).get('any').subscribe(() => {})];
    expect(watch.mock.calls.map(([, , reducer]) => reducer.reduceAll)).toEqual([applyAgentEvents, applyAgentEvents]);
    stops.forEach((stop) => stop());
    stores.dispose();
  });
});
