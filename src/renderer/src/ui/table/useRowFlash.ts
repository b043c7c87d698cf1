/**
 * When a table row flashes: once when it appears live ('new'), after each change of its version ('changed'), and
 * red when an optimistic write of it rolled back ('failed'). The attribute alternates between two animation names
 * so a second change during a flash restarts it. The decision itself is the pure `flashFor`.
 */
import { useEffect, useRef, useState, type AnimationEvent } from 'react';

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

export function useRowFlash(version: unknown, failedAt: number | undefined, isNew: boolean) {
  const [flash, setFlash] = useState<{ kind: FlashKind; n: number } | null>(isNew ? { kind: 'new', n: 0 } : null);
  const seen = useRef<Seen>({ version, failedAt });

  useEffect(() => {
    const kind = flashFor(seen.current, { version, failedAt });
    seen.current = { version, failedAt };
    if (kind) setFlash((current) => ({ kind, n: (current?.n ?? 0) + 1 }));
  }, [version, failedAt]);

  return {
    flash: flashAttribute(flash),
    onAnimationEnd(event: AnimationEvent<HTMLElement>) {
      // A cell's own animation (a spinner, say) bubbles here too; only the row's flash ends the flash.
      if (event.target === event.currentTarget) setFlash(null);
    },
  };
}
