/**
 * The views that exist, in sidebar order, with their Alt+digit shortcut and optional live count. Add a view here
 * and the sidebar, the shortcuts and the router pick it up; unbuilt views stay out.
 */
import type { ComponentType } from 'react';
import { AgentsCount } from './agents/AgentsCount';
import { AgentsView } from './agents/AgentsView';

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
