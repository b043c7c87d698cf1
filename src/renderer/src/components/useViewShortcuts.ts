/**
 * Alt+digit opens the view with that shortcut. Matches on `code`, not `key`, because Alt+1 types "¡" on macOS
 * keyboards and other characters elsewhere.
 */
import { useEffect } from 'react';

export function useViewShortcuts(routes: readonly { path: string; shortcut: string }[]): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      const route = routes.find((r) => event.code === `Digit${r.shortcut}`);
      if (!route) return;
      event.preventDefault();
      location.hash = `#${route.path}`;
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [routes]);
}
