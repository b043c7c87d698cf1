/**
 * Keeps the row order still while the pointer is over the table body, so a live update never moves the row the
 * user is about to click; the fresh order applies when the pointer leaves. A new sort (`key`) by the user applies
 * at once: the freeze is taken again from the order then shown, at the next pointer move.
 */
import { useCallback, useMemo, useState } from 'react';
import { freezeOrder } from './freezeOrder';

interface Frozen {
  /** The sort the snapshot was taken under. */
  key: string;
  ids: readonly string[];
}

export function useHoverFreeze(ids: readonly string[], key: string) {
  const [frozen, setFrozen] = useState<Frozen | null>(null);
  const active = frozen !== null && frozen.key === key;
  const shown = useMemo(() => (active ? freezeOrder(frozen.ids, ids) : ids), [active, frozen, ids]);

  const freeze = useCallback(() => {
    setFrozen((current) => (current?.key === key ? current : { key, ids: shown }));
  }, [key, shown]);
  const release = useCallback(() => setFrozen(null), []);

  return { ids: shown, bodyProps: { onMouseEnter: freeze, onMouseMove: active ? undefined : freeze, onMouseLeave: release } };
}
