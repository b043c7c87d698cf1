/**
 * Splits a line's styled segments where the search query matches (case-insensitive), marking the matched parts,
 * so a highlight can cross colour changes without losing the colours. Pure; the console line renders the result.
 */
import type { AnsiSegment } from './parseAnsi';

export interface MarkedSegment extends AnsiSegment {
  mark?: boolean;
}

/** Match ranges `[start, end)` of `query` in `text`, case-insensitive, not overlapping. */
export function matchRanges(text: string, query: string): [number, number][] {
  if (query === '') return [];
  const ranges: [number, number][] = [];
  const haystack = text.toLowerCase();
  const needle = query.toLowerCase();
  // Lowercasing can change lengths for a few characters; then ranges would be off, so give up on marks.
  if (haystack.length !== text.length) return ranges;
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + needle.length)) ranges.push([i, i + needle.length]);
  return ranges;
}

export function markSegments(segments: readonly AnsiSegment[], query: string): MarkedSegment[] {
  const ranges = matchRanges(segments.map((s) => s.text).join(''), query);
  if (ranges.length === 0) return segments as MarkedSegment[];
  const out: MarkedSegment[] = [];
  let offset = 0;
  let r = 0;
  for (const segment of segments) {
    const end = offset + segment.text.length;
    let at = offset;
    while (at < end) {
      while (r < ranges.length && ranges[r]![1] <= at) r++;
      const range = ranges[r];
      const inMark = range !== undefined && range[0] <= at;
      const stop = Math.min(end, range === undefined ? end : inMark ? range[1] : range[0]);
      const part: MarkedSegment = { ...segment, text: segment.text.slice(at - offset, stop - offset) };
      if (inMark) part.mark = true;
      out.push(part);
      at = stop;
    }
    offset = end;
  }
  return out;
}
