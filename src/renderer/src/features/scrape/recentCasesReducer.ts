/**
 * The recently synced cases (`cases.recent`): the snapshot, then every `case:created` and `case:synced` event
 * upserted at its place in the server's order (last synced newest first, then id), capped as the server caps it,
 * so the list ends exactly as a fresh snapshot would. Pure; aging out is the view's (it knows the time).
 */
import { RECENT_CASES_SHOWN, type Case } from '../../../../shared/contract';
import type { ViewReducer } from '../../sync/createSyncClient';

/** The server's order: last synced, newest first, then the higher id first. */
export function newestFirst(a: Case, b: Case): number {
  if (a.lastSyncedAt !== b.lastSyncedAt) return a.lastSyncedAt < b.lastSyncedAt ? 1 : -1;
  return b.id - a.id;
}

/** `cases` with `kase` in its sorted place (replacing its older copy), at most RECENT_CASES_SHOWN long. */
export function upsertCase(cases: readonly Case[], kase: Case): Case[] {
  const rest = cases.filter((c) => c.id !== kase.id);
  let at = rest.findIndex((c) => newestFirst(kase, c) < 0);
  if (at < 0) at = rest.length;
  rest.splice(at, 0, kase);
  return rest.length > RECENT_CASES_SHOWN ? rest.slice(0, RECENT_CASES_SHOWN) : rest;
}

export const recentCasesReducer: ViewReducer<'cases.recent', readonly Case[]> = {
  init: (snapshot) => [...snapshot.cases].sort(newestFirst),
  reduce: (cases, event) => upsertCase(cases, event.payload.case),
};
