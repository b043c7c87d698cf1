/**
 * Waits until the window's replicas hold a committed write (its seq), but no longer than `ms`: optimistic looks and
 * "done" toasts wait for the real change, yet never hang on a slow or closed connection.
 */
import type { SyncClient } from '../sync/createSyncClient';

export function waitForSeqWithin(client: Pick<SyncClient, 'waitForSeq'>, seq: number, ms: number): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)));
  // The write committed whatever happens to this wait: a disposed client is no failure of the action.
  return Promise.race([client.waitForSeq(seq).catch(() => {}), timeout]).finally(() => clearTimeout(timer));
}
