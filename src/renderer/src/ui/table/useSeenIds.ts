/**
 * Which rows are new: those not present at the table's first render nor at any render since. Rows scrolled back
 * into view or shown again when the filter is cleared are not new, so only live arrivals slide in.
 */
import { useEffect, useRef } from 'react';

export function useSeenIds(ids: readonly string[]): (id: string) => boolean {
  const seen = useRef<Set<string> | null>(null);
  seen.current ??= new Set(ids);
  useEffect(() => {
    for (const id of ids) seen.current?.add(id);
  }, [ids]);
  const current = seen.current;
  return (id) => !current.has(id);
}
