/**
 * Focus for a modal panel: on open, remember what had focus and move into the panel (its first field); keep Tab
 * inside it; Escape asks to close; on close, give focus back to the opener if it is still there.
 */
import { useEffect, type RefObject } from 'react';

const focusable = 'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** @internal Where Tab goes from `current` in a trap over `items`: wraps at either end, else the browser decides. */
export function trapTarget<T>(items: readonly T[], current: T | null, backwards: boolean): T | null {
  const first = items[0];
  const last = items.at(-1);
  if (first === undefined || last === undefined) return null;
  const index = current === null ? -1 : items.indexOf(current);
  if (index === -1) return backwards ? last : first;
  if (backwards && index === 0) return last;
  if (!backwards && index === items.length - 1) return first;
  return null;
}

export function useDialogFocus(panelRef: RefObject<HTMLElement | null>, open: boolean, onClose: () => void): void {
  useEffect(() => {
    const panel = panelRef.current;
    if (!open || !panel) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    // The first field, else the panel itself (it has tabIndex -1), so keyboard users start inside.
    const first = panel.querySelector<HTMLElement>('input, select, textarea') ?? panel;
    first.focus();
    return () => {
      if (opener?.isConnected) opener.focus();
    };
  }, [open, panelRef]);

  useEffect(() => {
    const panel = panelRef.current;
    if (!open || !panel) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) {
        event.preventDefault();
        onClose();
      } else if (event.key === 'Tab') {
        const items = [...panel.querySelectorAll<HTMLElement>(focusable)];
        const active = document.activeElement instanceof HTMLElement ? document.activeElement : null;
        const target = trapTarget(items, active, event.shiftKey);
        if (target) {
          event.preventDefault();
          target.focus();
        }
      }
    };
    panel.addEventListener('keydown', onKeyDown);
    return () => panel.removeEventListener('keydown', onKeyDown);
  }, [open, onClose, panelRef]);
}
