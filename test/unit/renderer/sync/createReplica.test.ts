/**
 * One replica, with a reducer that is NOT idempotent (it counts), so an event applied twice shows: nothing at or
 * below the snapshot's seq is applied, buffered events above it are applied once in order, and a snapshot that does
 * not match the view's schema fails the replica instead of entering it.
 */
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { createReplica } from '../../../../src/renderer/src/sync/createReplica';
import { ProtocolError } from '../../../../src/shared/contract';

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

  it('trusts `upTo` only when loaded and subscribed: not while loading, not between a drop and the resubscribe', () => {
    const replica = createReplica('count', [topic], z.number(), counter, vi.fn());
    replica.advance(9);
    expect(replica.getState().seq).toBe(0);
    replica.loaded(3, 0);
    replica.advance(3);
    replica.advance(5);
    expect(replica.getState().seq).toBe(5);
    replica.markStale();
    replica.advance(8);
    expect(replica.getState()).toMatchObject({ status: 'stale', seq: 5 });
    replica.resubscribed();
    replica.advance(8);
    expect(replica.getState().seq).toBe(8);
    replica.markLive();
    expect(replica.getState().status).toBe('live');
  });

  it('keeps its data while reloading (stale, not loading), and goes live only once loaded', () => {
    const replica = createReplica('count', [topic], z.number(), counter, vi.fn());
    const seen: string[] = [];
    replica.subscribe((s) => seen.push(s.status));
    replica.beginLoad();
    expect(seen).toEqual([]); // already loading: nothing to tell
    replica.loaded(2, 10);
    replica.beginLoad();
    expect(replica.getState()).toMatchObject({ status: 'stale', data: 10 });
    replica.markLive(); // a resume does not make a reloading replica live
    expect(replica.getState().status).toBe('stale');
    expect(replica.isLoading).toBe(true);
    replica.loaded(4, 20);
    expect(replica.getState()).toMatchObject({ status: 'live', data: 20, seq: 4 });
    expect(replica.isLoading).toBe(false);
    expect(seen).toEqual(['live', 'stale', 'live']);
  });

  it('after failing, drops what it buffered and ignores events until a new snapshot', () => {
    const replica = createReplica('count', [topic], z.number(), counter, vi.fn());
    replica.receive([event(1)]);
    replica.failed(new ProtocolError('no'));
    expect(replica.getState()).toMatchObject({ status: 'error', error: { code: 'PROTOCOL' } });
    expect(replica.isLoading).toBe(false);
    replica.receive([event(2)]);
    expect(replica.getState()).toMatchObject({ data: undefined, seq: 0 });
    replica.beginLoad();
    expect(replica.getState().status).toBe('loading'); // no data to show while it loads: not stale
    replica.loaded(0, 5);
    expect(replica.getState()).toMatchObject({ status: 'live', data: 5, seq: 0, error: undefined });
  });

  it('never moves its seq back, and a drop or a resume leaves a loading or failed replica as it is', () => {
    const replica = createReplica('count', [topic], z.number(), counter, vi.fn());
    replica.markStale();
    expect(replica.getState().status).toBe('loading');
    replica.resubscribed();
    replica.loaded(5, 0);
    replica.advance(4);
    expect(replica.getState().seq).toBe(5);
    replica.failed(new ProtocolError('no'));
    replica.markStale();
    expect(replica.getState().status).toBe('error');
    replica.markLive();
    expect(replica.getState().status).toBe('error');
  });

  it('tells listeners only of changes, and after dispose tells nobody and calls its owner once', () => {
    const onDispose = vi.fn();
    const replica = createReplica('count', [topic], z.number(), counter, onDispose);
    const listener = vi.fn();
    const stop = replica.subscribe(listener);
    replica.loaded(1, 0);
    replica.receive([event(1)]); // at the snapshot seq: no change, no call
    expect(listener).toHaveBeenCalledTimes(1);
    stop();
    replica.receive([event(2)]);
    expect(listener).toHaveBeenCalledTimes(1);
    const other = vi.fn();
    replica.subscribe(other);
    replica.dispose();
    replica.receive([event(3)]);
    expect(other).not.toHaveBeenCalled();
    expect(onDispose).toHaveBeenCalledTimes(1);
    expect(replica.key).toBe('count');
    expect(replica.topics).toEqual([topic]);
  });
});

