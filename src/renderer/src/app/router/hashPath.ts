/**
 * The current hash route, live: views navigate with plain links built by `Route.href`; only shortcuts write the hash.
 */
import { useSyncExternalStore } from 'react';
import { pathOf } from './pathOf';

export { pathOf };

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** The current route's path, re-rendering on every hash change. */
export function useHashPath(): string {
  return useSyncExternalStore(subscribe, () => pathOf(location.hash));
}
