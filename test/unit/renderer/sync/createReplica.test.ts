/**
 * One replica, with a reducer that is NOT idempotent (it counts), so an event applied twice shows: nothing at or
 * below the snapshot's seq is applied, buffered events above it are applied once in order, and a snapshot that does
 * not match the view's schema fails the replica instead of entering it.
 */
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { createReplica } from '../../../../src/renderer/src/sync/createReplica';

const topic = 'scheduler:updates:acme';
const event = (seq: number) => ({ seq, topic, type: 'tick', payload: {} });
const counter = { init: (snapshot: number) => snapshot, reduce: (count: number) => count + 1 };

describe('createReplica', () => {
  it('applies only events above the snapshot seq, each once, buffered while loading', () => {
    const replica = createReplica('count', [topic], z.number(), counter, vi.fn());
    replica.beginLoad();
    replica.receive([event(4), event(5), event(6)]);
    replica.loaded(5, 100);
    expect(replica.getState()).toMatchObject({ status: 'live', data: 101, seq: 6 });
    replica.receive([event(6), event(7)]);
    expect(replica.getState()).toMatchObject({ data: 102, seq: 7 });
    replica.receive([event(5), event(7)]);
    expect(replica.getState()).toMatchObject({ data: 102, seq: 7 });
    replica.receive([{ ...event(8), topic: 'scheduler:updates:globex' }]);
    expect(replica.getState()).toMatchObject({ data: 102, seq: 7 });
  });

  it('fails on a snapshot that does not match the view, keeping no data from it', () => {
    const replica = createReplica('count', [topic], z.number(), counter, vi.fn());
    replica.beginLoad();
    replica.loaded(3, 'not a number');
    expect(replica.getState()).toMatchObject({ status: 'error', data: undefined, error: { code: 'PROTOCOL' } });
  });
});
