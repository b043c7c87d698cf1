/**
 * Pushes through the real sync client: a `push` frame reaches the listeners of its topic (validated and typed by
 * the topic's family), a malformed one is dropped, other topics' listeners hear nothing, and unsubscribing or
 * disposing leaves no listener behind.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSyncClient, type SyncClient } from '../../../../src/renderer/src/sync/createSyncClient';
import { createFakeChannel, type FakeChannel } from '../support/fakeChannel';

const topic = 'user:bob:notifications';
const toast = { type: 'toast', title: 'Saved', body: null, link: '#/runs/3', level: 'success', at: '2026-01-01T00:00:00.000Z' } as const;
const pushFrame = (payload: unknown, on = topic) => ({ kind: 'push' as const, topic: on, type: 'notification_pushed', payload, at: 42 });

describe('SyncClient.onPush', () => {
  let channel: FakeChannel;
  let client: SyncClient;
  afterEach(() => {
    client.dispose();
    expect(channel.listenerCount()).toBe(0);
    vi.restoreAllMocks();
  });

  it('hands a valid push to its topic’s listeners, typed, with its topic and time', () => {
    channel = createFakeChannel();
    client = createSyncClient(channel);
    const heard: string[] = [];
    const other = vi.fn();
    const stop = client.onPush(topic, (event) => {
      if (event.type === 'notification_pushed') heard.push(`${event.payload.notification.title}@${event.at}:${event.topic}`);
    });
    client.onPush('user:alice:notifications', other);
    channel.push(pushFrame({ notification: toast }));
    expect(heard).toEqual([`Saved@42:${topic}`]);
    expect(other).not.toHaveBeenCalled();

    stop();
    channel.push(pushFrame({ notification: toast }));
    expect(heard).toHaveLength(1);
  });

  it('drops a push that does not match the contract and keeps listening', () => {
    channel = createFakeChannel();
    client = createSyncClient(channel);
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const listener = vi.fn();
    client.onPush(topic, listener);
    channel.push(pushFrame({ notification: { ...toast, level: 'shout' } }));
    channel.push({ ...pushFrame({ notification: toast }), type: 'no_such_event' });
    expect(listener).not.toHaveBeenCalled();
    expect(error).toHaveBeenCalledTimes(2);
    channel.push(pushFrame({ notification: toast }));
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('keeps delivering to the other listeners when one throws, and forgets all of them on dispose', () => {
    channel = createFakeChannel();
    client = createSyncClient(channel);
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const second = vi.fn();
    client.onPush(topic, () => {
      throw new Error('boom');
    });
    client.onPush(topic, second);
    channel.push(pushFrame({ notification: toast }));
    expect(second).toHaveBeenCalledTimes(1);
    client.dispose();
    channel.push(pushFrame({ notification: toast }));
    expect(second).toHaveBeenCalledTimes(1);
  });
});
