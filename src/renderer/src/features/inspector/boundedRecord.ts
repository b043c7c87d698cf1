/**
 * A bounded, immutable record of the latest items, kept as chunks so that appending copies at most one chunk and
 * the list of chunks, never the whole record: a window records every event it receives (1,000 batches a second
 * is ordinary), and copying 5,000 entries per batch cost more than the rest of its handling together.
 * The flat list is built only when something reads it, once per record.
 */

/** Items per chunk: appending copies up to this many; the record may hold up to this many beyond its limit. */
export const CHUNK = 256;

export interface BoundedRecord<T> {
  /** Oldest first; only the first chunk may start before the limit (its head is not part of the record). */
  readonly chunks: readonly (readonly T[])[];
  /** Items held across the chunks, including the first chunk's head beyond the limit. */
  readonly held: number;
  readonly limit: number;
}

export const emptyRecord = <T>(limit: number): BoundedRecord<T> => ({ chunks: [], held: 0, limit });

/** How many items the record holds (at most its limit). */
export const recordSize = (record: BoundedRecord<unknown>): number => Math.min(record.held, record.limit);

/** The record with `items` appended (oldest first) and the oldest beyond the limit let go. */
export function appendToRecord<T>(record: BoundedRecord<T>, items: readonly T[]): BoundedRecord<T> {
  if (items.length === 0) return record;
  // Items a big batch would push out at once are never copied.
  const fresh = items.length > record.limit ? items.slice(items.length - record.limit) : items;
  const chunks = record.chunks.slice();
  let held = record.held;
  let from = 0;
  const last = chunks.at(-1);
  if (last && last.length < CHUNK) {
    const room = fresh.slice(0, CHUNK - last.length);
    chunks[chunks.length - 1] = last.concat(room);
    held += room.length;
    from = room.length;
  }
  for (; from < fresh.length; from += CHUNK) {
    const chunk = fresh.slice(from, from + CHUNK);
    chunks.push(chunk);
    held += chunk.length;
  }
  let dropped = 0;
  while (dropped < chunks.length && held - chunks[dropped]!.length >= record.limit) held -= chunks[dropped++]!.length;
  return { chunks: dropped === 0 ? chunks : chunks.slice(dropped), held, limit: record.limit };
}

/** The oldest item the record holds, without flattening it. */
export function oldestInRecord<T>(record: BoundedRecord<T>): T | undefined {
  return record.chunks[0]?.[Math.max(0, record.held - record.limit)];
}

const flattened = new WeakMap<BoundedRecord<unknown>, readonly unknown[]>();

/** The record's items, oldest first: the same array for the same record, so a selector over it is stable. */
export function recordItems<T>(record: BoundedRecord<T>): readonly T[] {
  let items = flattened.get(record) as readonly T[] | undefined;
  if (!items) {
    const all = record.chunks.flat() as T[];
    items = all.length > record.limit ? all.slice(all.length - record.limit) : all;
    flattened.set(record, items);
  }
  return items;
}
