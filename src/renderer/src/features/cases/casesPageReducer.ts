/**
 * One page of the Cases table (`cases.page`): its rows, the total that matched, and how many cases were created
 * since the snapshot. A synced case on the page is patched in place (its row updates where it stands); a created
 * case only counts, because where it belongs is the server's to say: the window refetches. Pure.
 * `createPageReducer` makes a new reducer object per refetch, so a refetch is a new replica (a fresh snapshot)
 * while the old one stays on screen until it lands.
 */
import type { Case } from '../../../../shared/contract';
import type { ViewReducer } from '../../sync/createSyncClient';

export interface CasesPage {
  readonly cases: readonly Case[];
  readonly total: number;
  /** Cases created since the snapshot: the total grows by them, and their arrival asks for a refetch. */
  readonly created: number;
}

export function createPageReducer(): ViewReducer<'cases.page', CasesPage> {
  return {
    init: (snapshot) => ({ cases: snapshot.cases, total: snapshot.total, created: 0 }),
    reduce(page, event) {
      if (event.type === 'case_created') return { ...page, created: page.created + 1 };
      const kase = event.payload.case;
      const at = page.cases.findIndex((c) => c.id === kase.id);
      if (at < 0) return page;
      const cases = page.cases.slice();
      cases[at] = kase;
      return { ...page, cases };
    },
  };
}
