/** The real sync client on a fake channel, signed in as bob: the main process's welcome and sign-in answer played. */
import { createSyncClient, type SyncClient } from '../../../../src/renderer/src/sync/createSyncClient';
import { bob } from './createFakeClient';
import { createFakeChannel, type FakeChannel } from './fakeChannel';

export const flush = () => new Promise<void>((resolve) => setImmediate(resolve));

export async function signedInClient(): Promise<{ channel: FakeChannel; client: SyncClient }> {
  const channel = createFakeChannel();
  const client = createSyncClient(channel);
  const signedIn = client.signIn('bob');
  channel.push({ kind: 'welcome', epoch: 'e1', head: 0 });
  channel.push({ kind: 'result', id: channel.last('command').id, value: bob });
  await flush();
  await signedIn;
  return { channel, client };
}
