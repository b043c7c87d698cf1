/**
 * One console line: its number in the gutter (drawn by CSS, so the line's text and what is copied are the output
 * alone) and its text in ANSI colours, with search matches marked. Memoized: a new frame of output re-renders only lines that changed.
 */
import { memo, useMemo } from 'react';
import { displayLine } from '../createConsoleText';
import { markSegments } from './markSegments';
import { parseAnsi } from './parseAnsi';

interface Props {
  /** 1-based. */
  number: number;
  raw: string;
  /** The search query when this line matches it, else empty. */
  query: string;
  current: boolean;
}

function classOf(fg: number | undefined, bg: number | undefined, bold: boolean | undefined): string {
  const names: string[] = [];
  if (fg !== undefined) names.push(`ansi-fg-${fg}`);
  if (bg !== undefined) names.push(`ansi-bg-${bg}`);
  if (bold) names.push('ansi-bold');
  return names.join(' ');
}

export const ConsoleLine = memo(function ConsoleLine({ number, raw, query, current }: Props) {
  const parts = useMemo(() => markSegments(parseAnsi(displayLine(raw)), query), [raw, query]);
  return (
    <div
      className="console-line"
      data-testid="console-line"
      data-line={number}
      data-match={query ? 'true' : undefined}
      data-current={current ? 'true' : undefined}
    >
      <span className="console-gutter" data-n={number} aria-hidden="true" />
      <span className="console-text">
        {parts.map((part, i) => {
          const className = classOf(part.fg, part.bg, part.bold);
          if (part.mark) {
            return (
              <mark key={i} className={className || undefined}>
                {part.text}
              </mark>
            );
          }
          return className ? (
            <span key={i} className={className}>
              {part.text}
            </span>
          ) : (
            part.text
          );
        })}
      </span>
    </div>
  );
});
