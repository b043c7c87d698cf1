/**
 * The views that exist, in sidebar order, with their Alt+digit shortcut and optional live count. Add a view here
 * and the sidebar, the shortcuts and the router pick it up; unbuilt views stay out. Detail pages (an agent's
 * runs, a run) are reached by links, not the sidebar: they live in `detailRoutes`, under a sidebar section.
 */
import type { ComponentType } from 'react';
import { AgentsCount } from './agents/AgentsCount';
import { AgentsView } from './agents/AgentsView';
import { AgentRunsView } from './runs/AgentRunsView';
import { RunView } from './runs/RunView';

export interface ViewRoute {
  readonly path: string;
  readonly label: string;
  /** The digit pressed with Alt to open the view. */
  readonly shortcut: string;
  /** Used in test ids: `nav-<id>`, `nav-<id>-count`. */
  readonly id: string;
  readonly View: ComponentType;
  readonly Count?: ComponentType;
}

export const viewRoutes: readonly ViewRoute[] = [
  { path: '/agents', label: 'Agents', shortcut: '1', id: 'agents', View: AgentsView, Count: AgentsCount },
];

export interface DetailRoute {
  /** Matched against the whole route; its groups become the view's `params`. */
  readonly pattern: RegExp;
  readonly label: string;
  /** The sidebar view this page belongs to, highlighted while it is open. */
  readonly section: string;
  readonly View: ComponentType<{ params: readonly string[] }>;
}

export const detailRoutes: readonly DetailRoute[] = [
  { pattern: /^\/agents\/([^/]+)\/runs$/, label: 'Job history', section: '/agents', View: AgentRunsView },
  { pattern: /^\/runs\/(\d+)$/, label: 'Run', section: '/agents', View: RunView },
];

/** The detail route for `path` and its params, if any. */
export function matchDetailRoute(path: string): { route: DetailRoute; params: string[] } | undefined {
  for (const route of detailRoutes) {
    const match = route.pattern.exec(path);
    if (match) return { route, params: match.slice(1).map(decodeParam) };
  }
  return undefined;
}

// A hand-typed `%` that is not an escape should reach the view (and its "not found"), not crash the router.
function decodeParam(param: string): string {
  try {
    return decodeURIComponent(param);
  } catch {
    return param;
  }
}
