/**
 * When a table row should flash: once when it appears live, after each committed change, and red when an
 * optimistic change of it rolled back. The attribute alternates between two animations so a second change
 * during a flash restarts it.
 */
import { useEffect, useRef, useState, type AnimationEvent } from 'react';

export type FlashKind = 'new' | 'changed' | 'failed';

export function useRowFlash(changedAt: string, rolledBackAt: number | undefined, isNew: boolean) {
  const [flash, setFlash] = useState<{ kind: FlashKind; n: number } | null>(isNew ? { kind: 'new', n: 0 } : null);
  const seen = useRef({ changedAt, rolledBackAt });

  useEffect(() => {
    const previous = seen.current;
    seen.current = { changedAt, rolledBackAt };
    const kind: FlashKind | null =
      rolledBackAt !== undefined && rolledBackAt !== previous.rolledBackAt
        ? 'failed'
        : changedAt !== previous.changedAt
          ? 'changed'
          : null;
    if (kind) setFlash((current) => ({ kind, n: (current?.n ?? 0) + 1 }));
  }, [changedAt, rolledBackAt]);

  return {
    flash: flash ? `${flash.kind}-${flash.n % 2}` : undefined,
    onAnimationEnd(event: AnimationEvent<HTMLElement>) {
      if (event.target === event.currentTarget) setFlash(null);
    },
  };
}
