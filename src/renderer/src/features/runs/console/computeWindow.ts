/**
 * Which lines a virtualized list renders: those in the viewport plus `overscan` on each side, clamped to the list.
 * Pure, so it is tested without a DOM; the console calls it on every scroll and every frame of new output.
 */

export interface WindowInput {
  scrollTop: number;
  viewportHeight: number;
  lineHeight: number;
  lineCount: number;
  overscan: number;
}

/** Lines `start` (inclusive) to `end` (exclusive), 0-based. */
export interface LineWindow {
  start: number;
  end: number;
}

export function computeWindow({ scrollTop, viewportHeight, lineHeight, lineCount, overscan }: WindowInput): LineWindow {
  if (lineCount <= 0 || lineHeight <= 0) return { start: 0, end: 0 };
  // Elastic scrolling can report a negative scrollTop, and a shrinking list one past the end: clamp both.
  const maxTop = Math.max(0, lineCount * lineHeight - viewportHeight);
  const top = Math.min(Math.max(0, scrollTop), maxTop);
  const first = Math.floor(top / lineHeight);
  const last = Math.ceil((top + Math.max(0, viewportHeight)) / lineHeight);
  return { start: Math.max(0, first - overscan), end: Math.min(lineCount, last + overscan) };
}

/** The scrollTop that shows the last line at the bottom of the viewport (where follow-tail keeps it). */
export function bottomOf(lineCount: number, lineHeight: number, viewportHeight: number): number {
  return Math.max(0, lineCount * lineHeight - viewportHeight);
}
