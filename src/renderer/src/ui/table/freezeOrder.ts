/**
 * The row order while the pointer rests on a table: rows that were on screen keep their places, rows that left
 * are dropped, and each new row goes in just before the row that follows it in the fresh order (at the end if
 * none does). Nothing moves under the pointer; the fresh order applies once it leaves. Pure.
 */
export function freezeOrder(frozen: readonly string[], next: readonly string[]): string[] {
  const wasShown = new Set(frozen);
  const isPresent = new Set(next);
  // Anchoring to the following row puts an arrival at the top of a newest-first list even when the row after it
  // in the fresh order is one that moved up and is being held back in its old place.
  const newBefore = new Map<string, string[]>();
  let pending: string[] = [];
  for (const id of next) {
    if (!wasShown.has(id)) {
      pending.push(id);
    } else if (pending.length > 0) {
      newBefore.set(id, pending);
      pending = [];
    }
  }
  const order: string[] = [];
  for (const id of frozen) {
    if (isPresent.has(id)) order.push(...(newBefore.get(id) ?? []), id);
  }
  return [...order, ...pending];
}
