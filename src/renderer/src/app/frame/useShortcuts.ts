/**
 * The window's keys: Alt+digit opens the view with that shortcut, `?` opens the shortcut sheet. Alt+digit matches on
 * `code`, not `key`, because Alt+1 types "¡" on macOS keyboards and other characters elsewhere; `?` is ignored
 * while typing in a field, where it is just a character.
 */
import { useEffect } from 'react';
import type { NavPage } from '../routes';

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT';
}

export function useShortcuts(views: readonly NavPage[], onHelp: () => void): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey) return;
      if (event.altKey && !event.shiftKey) {
        const view = views.find((v) => event.code === `Digit${v.nav.shortcut}`);
        if (!view) return;
        event.preventDefault();
        location.hash = view.nav.href;
      } else if (!event.altKey && event.key === '?' && !isTyping(event.target)) {
        event.preventDefault();
        onHelp();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [views, onHelp]);
}
