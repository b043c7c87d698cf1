/**
 * When a table row flashes: once when it appears live ('new', sliding in), after each change of its version
 * ('changed'), and red when an optimistic write of it rolled back ('failed'). A change during a flash starts it
 * again. The decision itself is the pure `flashFor`.
 *
 * Under a stream a row changes every frame, so the flash must cost little: a tint laid over the row (see
 * DataTableRow) whose opacity fades, which the compositor animates without restyling or repainting the row, started
 * on the elements directly rather than through React state, which rendered the row again for each flash.
 * The row's `data-flash` names the flash while it plays (its colour, and a hook for tests).
 */
import { useLayoutEffect, useRef, type RefObject } from 'react';

export type FlashKind = 'new' | 'changed' | 'failed';

interface Seen {
  version: unknown;
  failedAt: number | undefined;
}

/** The flash a row needs after its version or rollback time moved from `previous` to `next`, if any. */
export function flashFor(previous: Seen, next: Seen): FlashKind | null {
  if (next.failedAt !== undefined && next.failedAt !== previous.failedAt) return 'failed';
  return Object.is(previous.version, next.version) ? null : 'changed';
}

const FLASH_MS = 1000;
const fade: Keyframe[] = [{ opacity: 1 }, { opacity: 0 }];
const slideIn: Keyframe[] = [
  { opacity: 0, transform: 'translateY(-6px)' },
  { opacity: 1, transform: 'none' },
];

const reducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;

export function useRowFlash(row: RefObject<HTMLElement | null>, tint: RefObject<HTMLElement | null>, version: unknown, failedAt: number | undefined, isNew: boolean) {
  const seen = useRef<Seen | null>(null);
  const playing = useRef<Animation | null>(null);

  // Before paint, so the first frame that shows the change shows its flash too.
  useLayoutEffect(() => {
    const previous = seen.current;
    seen.current = { version, failedAt };
    // `isNew` counts at mount only: a row that mounts is new or not once.
    const kind = previous ? flashFor(previous, seen.current) : isNew ? 'new' : null;
    const element = row.current;
    if (!kind || !element || !tint.current) return;
    if (element.dataset.flash !== kind) element.dataset.flash = kind;
    const current = playing.current;
    // A flash still playing starts over; rewinding it is cheaper than a new animation.
    if (current?.playState === 'running') current.currentTime = 0;
    else {
      const animation = tint.current.animate(fade, { duration: FLASH_MS, easing: 'ease-out' });
      animation.onfinish = () => delete element.dataset.flash;
      playing.current = animation;
    }
    if (kind === 'new' && !reducedMotion()) element.animate(slideIn, { duration: 300, easing: 'ease-out' });
  }, [version, failedAt]);
}
