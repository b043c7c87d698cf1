/**
 * What the sign-in screen lists: the users this window may sign in as. Waits for the client to be Live first,
 * because commands sent before that are refused with DISPOSED. Called by app/boot/startApp.tsx for the sign-in screen.
 */
import type { UserSummary } from '../../../../shared/contract';
import type { SyncClient } from '../../sync/createSyncClient';

export function loadUsers(client: Pick<SyncClient, 'getState' | 'onState' | 'invoke'>): Promise<UserSummary[]> {
  return new Promise<void>((resolve) => {
    if (client.getState().status === 'live') return resolve();
    const stop = client.onState((state) => {
      if (state.status !== 'live') return;
      stop();
      resolve();
    });
  }).then(() => client.invoke('session.users', {}));
}
