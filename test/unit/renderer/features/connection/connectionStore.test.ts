/** connectionStore mirrors the client's connection state, from a fake client and from the real one. */
import { afterEach, describe, expect, it } from 'vitest';
import { createConnectionStore } from '../../../../../src/renderer/src/features/connection/connectionStore';
import { createSyncClient } from '../../../../../src/renderer/src/sync/createSyncClient';
import { bob, createFakeClient, type FakeClient } from '../../support/createFakeClient';
import { createFakeChannel } from '../../support/fakeChannel';

const flush = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

describe('connectionStore', () => {
  const cleanups: (() => void)[] = [];
  afterEach(() => cleanups.splice(0).forEach((c) => c()));

  it('mirrors every client state, attempt and session, and stops on dispose', () => {
    const fake: FakeClient = createFakeClient({ status: 'connecting', session: null });
    const store = createConnectionStore(fake.client);
    const statuses: string[] = [];
    const stopListening = store.subscribe((s) => statuses.push(`${s.status}:${s.attempt}`));
    expect(store.getState()).toMatchObject({ status: 'connecting', session: null });

    fake.setState({ status: 'live', session: bob });
    expect(store.getState().session?.userName).toBe('Bob');
    fake.setState({ status: 'reconnecting', attempt: 1 });
    fake.setState({ status: 'reconnecting', attempt: 2 });
    fake.setState({ status: 'offline', attempt: 2 });
    fake.setState({ status: 'live', attempt: 0 });
    expect(statuses).toEqual(['live:0', 'reconnecting:1', 'reconnecting:2', 'offline:2', 'live:0']);

    // The seq moves with every batch; nothing a window shows reads it, so readers are not told of it.
    fake.setState({ seq: 41 });
    fake.setState({ seq: 42 });
    expect(statuses).toHaveLength(5);
    expect(store.getState()).not.toHaveProperty('seq');

    stopListening();
    store.dispose();
    expect(fake.openSubscriptions()).toBe(0);
    fake.setState({ status: 'offline', attempt: 9 });
    expect(store.getState().status).toBe('live');
  });

  it('"Retry now" reaches the channel through the client, and not once the client is disposed', () => {
    const channel = createFakeChannel();
    const client = createSyncClient(channel);
    const store = createConnectionStore(client);
    store.getState().retryNow();
    expect(channel.retries).toBe(1);
    store.dispose();
    client.dispose();
    store.getState().retryNow();
    expect(channel.retries).toBe(1);
  });

  it('follows the real sync client through welcome, sign-in, a dropped channel and the resume', async () => {
    const channel = createFakeChannel();
    const client = createSyncClient(channel);
    const store = createConnectionStore(client);
    cleanups.push(() => {
      store.dispose();
      client.dispose();
      expect(channel.listenerCount()).toBe(0);
    });
    const signedIn = client.signIn('bob');
    expect(store.getState().status).toBe('connecting');

    channel.push({ kind: 'welcome', epoch: 'e1', head: 0 });
    channel.push({ kind: 'result', id: channel.last('command', 'session.signIn').id, value: bob });
    await signedIn;
    await flush();
    expect(store.getState()).toMatchObject({ status: 'live', session: bob });

    channel.setState({ status: 'reconnecting', attempt: 3 });
    expect(store.getState()).toMatchObject({ status: 'reconnecting', attempt: 3 });
    channel.setState({ status: 'offline', attempt: 3 });
    expect(store.getState().status).toBe('offline');

    channel.setState({ status: 'open', attempt: 0 });
    expect(store.getState().status).toBe('offline'); // open is not Live until the window has resumed
    channel.push({ kind: 'welcome', epoch: 'e1', head: 0 });
    channel.push({ kind: 'result', id: channel.last('command', 'session.signIn').id, value: bob });
    await flush();
    expect(store.getState()).toMatchObject({ status: 'live', attempt: 0 });
  });
});
