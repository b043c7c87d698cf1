/**
 * The real presence reducer (the top bar's avatars): a window joins once however often its join is seen, leaves by
 * its connection id alone, and a user with two windows stays until the last one leaves.
 */
import { describe, expect, it } from 'vitest';
import type { PresenceEntry } from '../../../../../src/shared/contract';
import { presenceReducer } from '../../../../../src/renderer/src/features/presence/presenceReducer';

const topic = 'presence:acme';
const entry = (connectionId: string, userId: string): PresenceEntry => ({ connectionId, userId, userName: userId, since: '2025-01-01T00:00:00.000Z' });
const joined = (seq: number, e: PresenceEntry) => ({ seq, topic, type: 'presence_joined' as const, payload: { entry: e } });
const left = (seq: number, connectionId: string) => ({ seq, topic, type: 'presence_left' as const, payload: { connectionId } });

describe('presenceReducer', () => {
  it('keeps one entry per connection, the latest join winning, and removes only the connection that left', () => {
    let state = presenceReducer.init([entry('c1', 'alice')]);
    state = presenceReducer.reduce(state, joined(2, entry('c2', 'bob')));
    state = presenceReducer.reduce(state, joined(3, entry('c3', 'bob')));
    state = presenceReducer.reduce(state, joined(4, { ...entry('c1', 'alice'), since: '2025-01-02T00:00:00.000Z' }));
    expect(state.map((e) => `${e.connectionId}:${e.userId}`)).toEqual(['c2:bob', 'c3:bob', 'c1:alice']);
    expect(state.find((e) => e.connectionId === 'c1')?.since).toBe('2025-01-02T00:00:00.000Z');

    state = presenceReducer.reduce(state, left(5, 'c2'));
    expect(state.map((e) => e.connectionId)).toEqual(['c3', 'c1']);
    state = presenceReducer.reduce(state, left(6, 'gone'));
    expect(state.map((e) => e.connectionId)).toEqual(['c3', 'c1']);
  });

  it('takes the snapshot as it is and ignores event types it does not know', () => {
    const snapshot = [entry('c1', 'alice')];
    const state = presenceReducer.init(snapshot);
    expect(state).toEqual(snapshot);
    const unknown = { seq: 2, topic, type: 'presence_renamed', payload: {} } as unknown as ReturnType<typeof left>;
    expect(presenceReducer.reduce(state, unknown)).toBe(state);
  });
});
