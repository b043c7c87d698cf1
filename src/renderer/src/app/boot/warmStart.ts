/**
 * What a reloaded window showed, kept in the tab's sessionStorage: the views it watched, for which user, on which
 * route. On the next boot of the same tab, as the same user on the same route, the sync client asks for them as
 * soon as it is signed in, while the app's code is still loading. A new window starts cold (its storage is empty).
 */
import type { SyncClient, ViewRequest } from '../../sync/createSyncClient';
import { pathOf } from '../router/pathOf';

const KEY = 'switchboard:warm-start';
// A window watches a handful of views; a bound keeps a strange record from turning into a flood of requests.
const MAX_VIEWS = 16;

/** The tab's sessionStorage; undefined where the page may not have one (an opaque origin throws on access). */
function tabStorage(): Storage | undefined {
  try {
    return sessionStorage;
  } catch {
    return undefined;
  }
}

interface Record {
  readonly user: string;
  readonly path: string;
  readonly views: readonly ViewRequest[];
}

/** The views to prefetch for `user` on the current route: none unless this tab showed exactly that last time. */
export function recallViews(user: string, storage: Storage | undefined = tabStorage()): readonly ViewRequest[] {
  let record: Partial<Record> | null;
  try {
    record = JSON.parse(storage?.getItem(KEY) ?? 'null') as Partial<Record> | null;
  } catch {
    return []; // not ours, or damaged: start cold
  }
  if (!record || record.user !== user || record.path !== pathOf(location.hash) || !Array.isArray(record.views)) return [];
  return record.views.filter((v) => typeof v?.view === 'string').slice(0, MAX_VIEWS);
}

/** Records the views `client` watches as this page goes away (a reload, a navigation, a closed tab). */
export function rememberViews(client: SyncClient, user: string, storage: Storage | undefined = tabStorage()): void {
  if (!storage) return;
  addEventListener('pagehide', () => {
    const record: Record = { user, path: pathOf(location.hash), views: client.watching().slice(0, MAX_VIEWS) };
    try {
      storage.setItem(KEY, JSON.stringify(record));
    } catch {
      // Storage full or disabled: the next boot starts cold, which is only slower.
    }
  });
}
