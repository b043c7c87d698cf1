/**
 * The console's search state: the query, the matching lines (kept current, incrementally, as output arrives) and
 * which match is current. `target` changes on every navigation, so the console scrolls even to the same match again.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { ConsoleText } from '../createConsoleText';
import { findMatches, noMatches, type MatchResult } from './findMatches';

export interface ConsoleSearch {
  /** What is typed in the box. */
  input: string;
  setInput(input: string): void;
  /** The query the matches are for; it trails `input` briefly on a large console. */
  query: string;
  /** 0-based line numbers of matching lines. */
  lines: readonly number[];
  /** Index into `lines` of the current match, -1 when there is none. */
  current: number;
  next(): void;
  previous(): void;
  /** The line to scroll to, renewed on each navigation. */
  target: { line: number; n: number } | null;
}

// A first search of a 200k-line console takes about a tenth of a second: on consoles this large it waits until
// typing pauses, so keystrokes stay instant. Smaller consoles search on every keystroke.
const LARGE = 20_000;
const TYPING_PAUSE_MS = 150;

export function useConsoleSearch(text: ConsoleText): ConsoleSearch {
  const [input, setInputState] = useState('');
  const [query, setQuery] = useState('');
  const [current, setCurrent] = useState(0);
  const [navigations, setNavigations] = useState(0);
  const last = useRef<MatchResult>(noMatches);

  const result = useMemo(() => {
    const next = findMatches(text, query, last.current);
    last.current = next;
    return next;
  }, [text, query]);

  const apply = (next: string) => {
    setQuery(next);
    setCurrent(0);
    setNavigations((n) => n + 1);
  };

  const large = text.lineCount > LARGE;
  useEffect(() => {
    if (input === query || !large) return;
    const timer = setTimeout(() => apply(input), TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [input, query, large]);

  const { lines } = result;
  const index = lines.length === 0 ? -1 : Math.min(current, lines.length - 1);
  const step = (delta: number) => {
    // Enter before the typing pause ends searches at once rather than stepping through the old query's matches.
    if (input !== query) return apply(input);
    if (lines.length === 0) return;
    setCurrent((index + delta + lines.length) % lines.length);
    setNavigations((n) => n + 1);
  };

  return {
    input,
    setInput(next) {
      setInputState(next);
      if (!large || next === '') apply(next);
    },
    query,
    lines,
    current: index,
    next: () => step(1),
    previous: () => step(-1),
    target: index === -1 ? null : { line: lines[index]!, n: navigations },
  };
}
