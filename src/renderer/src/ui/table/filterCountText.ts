/** The count beside a filter box: "1 of 5 agents" while a filter is typed, "5 agents" otherwise. Pure. */
import type { Noun } from './DataColumn';

// Built once: in Chromium `count.toLocaleString()` builds a formatter on every call (about 20 µs), and a live table
// renders its count with every update.
const counts = new Intl.NumberFormat();

export function filterCountText(shown: number, total: number, filter: string, noun: Noun): string {
  // The noun agrees with the total: "1 of 5 agents" counts agents out of five.
  const word = total === 1 ? noun.one : noun.other;
  const n = (count: number) => counts.format(count);
  return filter.trim() ? `${n(shown)} of ${n(total)} ${word}` : `${n(total)} ${word}`;
}
