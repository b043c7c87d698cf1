/**
 * The ascending comparison behind every sortable DataTable column: numbers and dates by value, text the way people
 * read it (build-2 before build-10, case ignored), blanks last. Pure; the table reverses it for 'desc'.
 */
import type { SortValue } from './DataColumn';

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

// Mixed types in one column are a caller bug, but they still get a total order so sorting stays stable.
const rank = (value: SortValue): number =>
  value === null || value === undefined ? 4 : typeof value === 'number' || value instanceof Date ? 0 : typeof value === 'boolean' ? 1 : 2;

const asNumber = (value: number | Date | boolean): number => (value instanceof Date ? value.getTime() : Number(value));

/** A value as a column sorts it: text, numbers, booleans and dates sort; anything else is a blank (undefined). */
export const toSortValue = (value: unknown): SortValue =>
  typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date ? value : undefined;

export function compareValues(a: SortValue, b: SortValue): number {
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== rb) return ra - rb;
  if (a === null || a === undefined || b === null || b === undefined) return 0;
  if (typeof a === 'string' && typeof b === 'string') return collator.compare(a, b);
  if (typeof a === 'string' || typeof b === 'string') return 0;
  const diff = asNumber(a) - asNumber(b);
  // NaN (an invalid date) compares equal rather than poisoning the sort.
  return Number.isNaN(diff) ? 0 : Math.sign(diff);
}

/** Row ids break ties, so equal values keep one order however the data arrived. */
export function compareIds(a: string, b: string): number {
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}
