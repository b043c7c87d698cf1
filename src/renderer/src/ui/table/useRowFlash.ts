/**
 * When a table row flashes: once when it appears live ('new'), after each change of its version ('changed'), and
 * red when an optimistic write of it rolled back ('failed'). The attribute alternates between two animation names
 * so a second change during a flash restarts it. The decision itself is the pure `flashFor`.
 *
 * The row's `data-flash` is set on the element directly, not through React state: under a stream a row changes
 * every frame, and a state-driven flash rendered it a second time (and once more when the flash ended).
 */
import { useLayoutEffect, useRef, type AnimationEvent, type RefObject } from 'react';

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

/** The `data-flash` value: the kind plus which of the two alternating animations plays. */
export const flashAttribute = (flash: { kind: FlashKind; n: number } | null): string | undefined =>
  flash ? `${flash.kind}-${flash.n % 2}` : undefined;

export function useRowFlash<E extends HTMLElement>(row: RefObject<E | null>, version: unknown, failedAt: number | undefined, isNew: boolean) {
  const seen = useRef<Seen | null>(null);
  const flashes = useRef(0);

  // Before paint, so the first frame that shows the change shows its flash too.
  useLayoutEffect(() => {
    const previous = seen.current;
    seen.current = { version, failedAt };
    const kind = previous ? flashFor(previous, seen.current) : isNew ? 'new' : null;
    // A new row's flash is the first (0); each later one alternates from there.
    if (kind) row.current?.setAttribute('data-flash', flashAttribute({ kind, n: kind === 'new' ? 0 : ++flashes.current })!);
    // `isNew` counts at mount only: a row that mounts is new or not once.
  }, [version, failedAt]);

  return {
    onAnimationEnd(event: AnimationEvent<E>) {
      // A cell's own animation (a spinner, say) bubbles here too; only the row's flash ends the flash.
      if (event.target === event.currentTarget) event.currentTarget.removeAttribute('data-flash');
    },
  };
}
