/**
 * A run's console: monospaced, virtualized (only the lines in view plus an overscan are in the DOM, over a spacer
 * as tall as every line), in ANSI colours, following the tail until the user scrolls up, and searchable.
 * `data-lines` and `data-length` on the container give the whole console's size without scrolling.
 */
import { useEffect, useRef, type CSSProperties } from 'react';
import type { ConsoleText } from '../createConsoleText';
import { computeWindow } from './computeWindow';
import { ConsoleLine } from './ConsoleLine';
import { ConsoleSearch } from './ConsoleSearch';
import { useConsoleSearch } from './useConsoleSearch';
import { useFollowTail } from './useFollowTail';
import './console.css';
import './ansi.css';

/** Must match `--console-line-h` in console.css: positions are computed, not measured. */
export const LINE_HEIGHT = 18;
const OVERSCAN = 30;

export function Console({ text, label = 'Console output' }: { text: ConsoleText; label?: string }) {
  const scroller = useRef<HTMLDivElement>(null);
  const lineCount = text.lineCount;
  const tail = useFollowTail(scroller, lineCount, LINE_HEIGHT);
  const search = useConsoleSearch(text);
  const { start, end } = computeWindow({ scrollTop: tail.top, viewportHeight: tail.height, lineHeight: LINE_HEIGHT, lineCount, overscan: OVERSCAN });

  const targetLine = search.target?.line;
  const targetN = search.target?.n;
  useEffect(() => {
    if (targetLine !== undefined) tail.reveal(targetLine);
    // Only a new navigation (or a first match) moves the view, not every render that recreates `tail`.
  }, [targetLine, targetN]);

  // Matches are sorted: find the visible ones by bisection, not by walking (maybe 100k) matches every frame.
  const matches = new Set(search.lines.slice(lowerBound(search.lines, start), lowerBound(search.lines, end)));
  const currentLine = search.current === -1 ? -1 : search.lines[search.current];
  const lines = [];
  for (let i = start; i < end; i++) {
    lines.push(<ConsoleLine key={i} number={i + 1} raw={text.line(i)} query={matches.has(i) ? search.query : ''} current={i === currentLine} />);
  }

  return (
    <div
      className="console"
      data-testid="console"
      data-lines={lineCount}
      data-length={text.length}
      data-following={tail.following ? 'true' : 'false'}
      style={{ '--console-gutter-ch': String(Math.max(3, String(lineCount).length)) } as CSSProperties}
    >
      <div className="console-toolbar">
        <ConsoleSearch search={search} />
        <span className="console-size muted">
          {lineCount.toLocaleString()} {lineCount === 1 ? 'line' : 'lines'}
        </span>
      </div>
      <div
        ref={scroller}
        className="console-scroll"
        tabIndex={0}
        role="region"
        aria-label={label}
        onScroll={tail.handlers.onScroll}
        onWheel={tail.handlers.onWheel}
        onKeyDown={tail.handlers.onKeyDown}
        onPointerDown={tail.handlers.onPointerDown}
      >
        {lineCount === 0 ? (
          <p className="console-empty" data-testid="console-empty">
            No output yet
          </p>
        ) : (
          <div className="console-sizer" style={{ height: lineCount * LINE_HEIGHT }}>
            <div className="console-lines" style={{ transform: `translateY(${start * LINE_HEIGHT}px)` }}>
              {lines}
            </div>
          </div>
        )}
      </div>
      {!tail.following && (
        <button
          type="button"
          className="button console-jump"
          data-testid="console-jump"
          onClick={() => {
            tail.follow();
            scroller.current?.focus();
          }}
        >
          Jump to end<span aria-hidden="true"> ↓</span>
        </button>
      )}
    </div>
  );
}

/** The index of the first element of ascending `values` that is at least `x`. */
function lowerBound(values: readonly number[], x: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
