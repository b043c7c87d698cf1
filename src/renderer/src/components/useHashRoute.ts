/**
 * The hand-written hash router: the current route is the path after `#`, and an empty hash means the default view.
 * Views navigate with plain `href="#/agents"` links; nothing else writes the hash.
 */
import { useSyncExternalStore } from 'react';

export const DEFAULT_ROUTE = '/agents';

/** The route in `hash`, e.g. `#/agents?x` → `/agents`; empty or `#/` → the default view. */
export function routeOf(hash: string): string {
  const path = hash.replace(/^#/, '').split('?')[0] ?? '';
  return path === '' || path === '/' ? DEFAULT_ROUTE : path;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useHashRoute(): string {
  return useSyncExternalStore(subscribe, () => routeOf(location.hash));
}
