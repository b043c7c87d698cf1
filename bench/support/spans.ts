/**
 * Spans of time as flat [start, end] pairs (GC pauses, a page's renders), indexed so the bench can ask, for each of
 * thousands of events, whether any span overlapped the event's way in.
 */

/** Spans ready for `overlapsAny`: starts in order, and the latest end of any span up to each. */
export interface SpanIndex {
  starts: number[];
  latestEnds: number[];
}

export function indexSpans(list: number[]): SpanIndex {
  const pairs: [number, number][] = [];
  for (let i = 0; i < list.length; i += 2) pairs.push([list[i]!, list[i + 1]!]);
  pairs.sort((a, b) => a[0] - b[0]);
  const latestEnds: number[] = [];
  for (const [, end] of pairs) latestEnds.push(Math.max(end, latestEnds.at(-1) ?? -Infinity));
  return { starts: pairs.map(([start]) => start), latestEnds };
}

/** Whether any span falls, even partly, within [from, to]. */
export function overlapsAny({ starts, latestEnds }: SpanIndex, from: number, to: number): boolean {
  // The spans that start by `to` are a prefix; one of them reaches `from` when the latest end among them does.
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! <= to) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && latestEnds[lo - 1]! >= from;
}

/** The length of each span of flat [start, end] pairs, in their order. */
export function spanLengths(list: number[]): number[] {
  const lengths: number[] = [];
  for (let i = 0; i < list.length; i += 2) lengths.push(list[i + 1]! - list[i]!);
  return lengths;
}

/** Which spans of flat [start, end] pairs are the longest 1% (at least one): their indexes, longest first. */
export function longestHundredth(list: number[]): number[] {
  const lengths = spanLengths(list);
  const order = lengths.map((_, i) => i).sort((a, b) => lengths[b]! - lengths[a]!);
  return order.slice(0, Math.max(1, Math.ceil(order.length / 100)));
}
