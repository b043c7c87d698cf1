/**
 * One case and its history (`cases.detail`), live on `case:synced:<id>`: each sync replaces the case, and one that
 * changed a field puts its history entry first (the history is newest first). Pure.
 */
import type { ViewData } from '../../../../shared/contract';
import type { ViewReducer } from '../../sync/createSyncClient';

export type CaseDetail = ViewData<'cases.detail'>;

export const caseDetailReducer: ViewReducer<'cases.detail', CaseDetail> = {
  init: (snapshot) => snapshot,
  reduce(state, event) {
    const { case: kase, entry } = event.payload;
    const history = entry && !state.history.some((h) => h.id === entry.id) ? [entry, ...state.history] : state.history;
    return { ...kase, history };
  },
};
