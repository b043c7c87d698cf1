/**
 * The sync client's acks against a hand-played main process (fake channel): it acknowledges once per half of the
 * window the welcome grants, and never acknowledges a lost connection's batches on the next one.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ClientFrame } from '../../../../src/shared/contract';
import { createSyncClient, type SyncClient } from '../../../../src/renderer/src/sync/createSyncClient';
import { ACK_DELAY_MS } from '../../../../src/renderer/src/sync/createAcks';
import { createFakeChannel, type FakeChannel } from '../support/fakeChannel';
import { bob } from '../support/createFakeClient';
import { flush } from '../support/signedInClient';

describe('createSyncClient acks', () => {
  let channel: FakeChannel;
  let client: SyncClient;
  afterEach(() => {
    client.dispose();
    vi.useRealTimers();
  });

  const acks = () => channel.sent.filter((f): f is Extract<ClientFrame, { kind: 'ack' }> => f.kind === 'ack').map((f) => f.batch);
  const delta = (batch: number) => channel.push({ kind: 'delta', batch, upTo: 0, events: [] });

  /** A client welcomed with an ack window of `window` batches and signed in. */
  async function start(window: number) {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    channel = createFakeChannel();
    client = createSyncClient(channel);
    const signedIn = client.signIn('bob');
    channel.push({ kind: 'welcome', epoch: 'e1', head: 0, window });
    channel.push({ kind: 'result', id: channel.last('command').id, value: bob });
    await flush();
    await signedIn;
  }

  it('acknowledges once per half of the window the welcome grants, and the rest once the stream pauses', async () => {
    await start(16);
    [1, 2, 3].forEach(delta);
    await flush();
    expect(acks()).toEqual([]); // 3 batches are well inside the host's credit of 16
    for (let batch = 4; batch <= 8; batch++) delta(batch);
    await flush();
    expect(acks()).toEqual([8]);
    delta(9);
    await flush();
    expect(acks()).toEqual([8]);
    vi.advanceTimersByTime(ACK_DELAY_MS);
    expect(acks()).toEqual([8, 9]);
  });

  it('does not acknowledge a lost connection’s batches on the next one, even when it opens within the ack delay', async () => {
    await start(16);
    delta(1); // its ack waits for a pause
    channel.setState({ status: 'reconnecting', attempt: 1 });
    channel.setState({ status: 'open', attempt: 0 });
    vi.advanceTimersByTime(10 * ACK_DELAY_MS);
    expect(acks()).toEqual([]);

    // The new connection's batches count from 1 again.
    channel.push({ kind: 'welcome', epoch: 'e1', head: 0, window: 16 });
    channel.push({ kind: 'result', id: channel.last('command').id, value: bob });
    await flush();
    delta(1);
    vi.advanceTimersByTime(ACK_DELAY_MS);
    expect(acks()).toEqual([1]);
  });
});
