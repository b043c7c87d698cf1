/**
 * A page: a route bound to the view that shows it, its title, and — for a top-level view — its sidebar entry
 * (id, Alt+digit shortcut, icon, live count). Features declare their pages; the app's features list is the one
 * route list the router, sidebar, shortcuts, shortcut sheet and window title all read.
 */
import { createElement, type ComponentType, type ReactElement } from 'react';
import type { StoreDef } from '../../stores/defineStore';
import type { NoParams, Route } from './defineRoute';

/** A store a page can have attached ahead of its view: a replica store attaches when its first listener does. */
export interface Preloadable {
  subscribe(listener: () => void): () => void;
}

/** The digit pressed with Alt: `1`–`9`, then `0` for a tenth view. */
export type ShortcutDigit = '1' | '2' | '3' | '4' | '5' | '6' | '7' | '8' | '9' | '0';

/** A page's entry in the sidebar. */
export interface Nav {
  /** Used in test ids: `nav-<id>`, `nav-<id>-count`, and by detail pages' `section`. */
  readonly id: string;
  readonly shortcut: ShortcutDigit;
  /** SVG path data on a 16×16 grid, drawn in the current colour; the collapsed sidebar shows only this. */
  readonly icon: string;
  readonly Count?: ComponentType;
  /** The page's link (top-level views take no params). */
  readonly href: string;
}

/** A route bound to its view, with its params hidden: the route list holds pages of every shape. */
export interface Page {
  readonly label: string;
  readonly nav: Nav | undefined;
  /** The sidebar entry (its `nav.id`) highlighted while this page is open. */
  readonly section: string | undefined;
  /** The view for `path` with its typed params, or undefined when the path is not this page's. */
  match(path: string): (() => ReactElement) | undefined;
  /** Stores the view reads first: attached as soon as the route is known, so their snapshots are on the way before it renders. */
  readonly preload: readonly StoreDef<Preloadable>[];
}

interface PageSpec<P> {
  readonly label: string;
  readonly View: ComponentType<{ params: P }>;
  readonly preload?: readonly StoreDef<Preloadable>[];
}

/** A top-level view: in the sidebar, reachable by Alt+digit. */
export function definePage(route: Route<NoParams>, spec: PageSpec<NoParams> & { nav: Omit<Nav, 'href'> }): Page;
/** A page reached by links (an agent's runs, a run), shown under the sidebar entry `section`. */
export function definePage<P>(route: Route<P>, spec: PageSpec<P> & { section: string }): Page;
export function definePage<P>(route: Route<P>, spec: PageSpec<P> & { nav?: Omit<Nav, 'href'>; section?: string }): Page {
  const { label, View } = spec;
  return {
    label,
    // Top-level views take no params, so their link is their path.
    nav: spec.nav && { ...spec.nav, href: `#${route.path}` },
    section: spec.section ?? spec.nav?.id,
    preload: spec.preload ?? [],
    match(path) {
      const params = route.match(path);
      return params === undefined ? undefined : () => createElement(View, { params });
    },
  };
}
