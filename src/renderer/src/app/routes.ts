/**
 * Reads the route list: which page a path shows, the sidebar's views in shortcut order, and the default view
 * (the first of them), so no link or redirect names a view by hand.
 */
import type { ReactElement } from 'react';
import type { StoreLookup } from '../stores/defineStore';
import { pathOf, type Nav, type Page } from './router';

/** A page with a sidebar entry. */
export type NavPage = Page & { readonly nav: Nav };

const order = (nav: Nav) => (nav.shortcut === '0' ? 10 : Number(nav.shortcut));

/** The sidebar's views, Alt+1 first and Alt+0 last. */
export function navPages(pages: readonly Page[]): NavPage[] {
  return pages.filter((p): p is NavPage => p.nav !== undefined).sort((a, b) => order(a.nav) - order(b.nav));
}

/** Where an empty route goes: the first view in the sidebar. */
export function defaultPage(pages: readonly Page[]): NavPage {
  const first = navPages(pages)[0];
  if (!first) throw new Error('No page has a sidebar entry: give one page in the features list a `nav` (see app/features.ts)');
  return first;
}

/** The page for `path` (an empty path is the default view) and its view, or undefined when no page matches. */
export function resolvePage(pages: readonly Page[], path: string): { page: Page; render: () => ReactElement } | undefined {
  const wanted = path === '' ? pathOf(defaultPage(pages).nav.href) : path;
  for (const page of pages) {
    const render = page.match(wanted);
    if (render) return { page, render };
  }
  return undefined;
}

/**
 * Attaches the stores the page for `path` reads first, before React renders it: a view subscribes in an effect,
 * after its first paint, and its snapshot would only be asked for then. The view takes the stores over when it
 * mounts; until then the stores' grace period keeps them attached.
 */
export function preloadPage(pages: readonly Page[], path: string, stores: StoreLookup): void {
  for (const def of resolvePage(pages, path)?.page.preload ?? []) stores.get(def).subscribe(() => {})();
}
