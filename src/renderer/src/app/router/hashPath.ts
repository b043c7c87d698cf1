/**
 * The current hash route as a path: `#/runs/3?x` → `/runs/3`, and `''` for an empty hash or `#/` (the app shows its
 * default page there). Views navigate with plain links built by `Route.href`; only shortcuts write the hash.
 */
import { useSyncExternalStore } from 'react';

export function pathOf(hash: string): string {
  const path = hash.replace(/^#/, '').split('?')[0] ?? '';
  return path === '/' ? '' : path;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** The current route's path, re-rendering on every hash change. */
export function useHashPath(): string {
  return useSyncExternalStore(subscribe, () => pathOf(location.hash));
}
