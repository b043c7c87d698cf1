/**
 * Presence rooms on the window's side: the room the page on screen is in (the last page to enter wins, leaving hands
 * it back), a room's users once each with their window count, and the words a screen reader hears.
 */
import { describe, expect, it } from 'vitest';
import { presenceRoom, roomKeySchema, type PresenceEntry } from '../../../../../src/shared/contract';
import { createCurrentRoomStore } from '../../../../../src/renderer/src/features/presence/currentRoomStore';
import { presenceRoomReducer } from '../../../../../src/renderer/src/features/presence/presenceReducer';
import { roomLabel, roomUsers } from '../../../../../src/renderer/src/features/presence/roomUsers';

const entry = (connectionId: string, userId: string): PresenceEntry => ({ connectionId, userId, userName: userId[0]!.toUpperCase() + userId.slice(1), since: '2025-01-01T00:00:00.000Z' });

describe('presence rooms in the window', () => {
  it('names rooms by kind and id, and accepts only keys a topic can carry', () => {
    expect(presenceRoom('run', 12)).toBe('run.12');
    expect(roomKeySchema.safeParse('case.7').success).toBe(true);
    expect(roomKeySchema.safeParse('run:12').success).toBe(false);
    expect(roomKeySchema.safeParse('').success).toBe(false);
    expect(roomKeySchema.safeParse('x'.repeat(129)).success).toBe(false);
  });

  it('keeps the room of the page last entered, and hands it back when that page leaves', () => {
    const store = createCurrentRoomStore();
    expect(store.getState().room).toBeNull();
    const leaveRun = store.getState().enter('run.12');
    const leaveCase = store.getState().enter('case.7');
    expect(store.getState().room).toBe('case.7');
    leaveCase();
    expect(store.getState().room).toBe('run.12');
    leaveCase(); // twice is once
    expect(store.getState().room).toBe('run.12');
    leaveRun();
    expect(store.getState().room).toBeNull();
    store.dispose();
  });

  it("shows a user's windows once with their count, the viewer apart, and says so", () => {
    let state = presenceRoomReducer.init([entry('c1', 'alice')]);
    const topic = 'presence:acme:run.12';
    state = presenceRoomReducer.reduce(state, { seq: 2, topic, type: 'presence_joined', payload: { entry: entry('c2', 'bob') } });
    state = presenceRoomReducer.reduce(state, { seq: 3, topic, type: 'presence_joined', payload: { entry: entry('c3', 'bob') } });
    state = presenceRoomReducer.reduce(state, { seq: 4, topic, type: 'presence_joined', payload: { entry: entry('c4', 'carol') } });
    const { users, others } = roomUsers(state, 'alice');
    expect(users.map((u) => `${u.userId}×${u.windows}`)).toEqual(['alice×1', 'bob×2', 'carol×1']);
    expect(others.map((u) => u.userId)).toEqual(['bob', 'carol']);
    expect(roomLabel(others)).toBe('Also viewing: Bob (2 windows), Carol');
    state = presenceRoomReducer.reduce(state, { seq: 5, topic, type: 'presence_left', payload: { connectionId: 'c2' } });
    expect(roomLabel(roomUsers(state, 'alice').others)).toBe('Also viewing: Bob, Carol');
    expect(roomLabel(roomUsers([entry('c1', 'alice')], 'alice').others)).toBe('Nobody else is viewing this');
  });
});
