/**
 * Console search: the lines whose shown text (escapes stripped, case ignored) contains the query. Incremental, so a
 * search left open while the console grows scans only the new lines each frame, not 200k lines again.
 */
import { displayLine, type ConsoleText } from '../createConsoleText';
import { plainText } from './parseAnsi';

/** Lines matching `query` in a console, and how far it has been scanned. */
export interface MatchResult {
  readonly query: string;
  /** 0-based line numbers, ascending. */
  readonly lines: readonly number[];
  /** Lines before this one are complete and scanned; the last line may still grow, so it is scanned again. */
  readonly complete: number;
  readonly length: number;
}

export const noMatches: MatchResult = { query: '', lines: [], complete: 0, length: 0 };

/** Case-insensitive `includes` without lowercasing whole lines: a regex of the literal query. */
function matcher(query: string): (line: string) => boolean {
  const re = new RegExp(query.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i');
  return (line) => re.test(line);
}

export function findMatches(text: ConsoleText, query: string, previous: MatchResult = noMatches): MatchResult {
  if (query === '') return noMatches;
  const test = matcher(query);
  // Reuse the previous scan only when it searched the same query in a prefix of this text.
  const resume = previous.query === query && previous.length <= text.length;
  const from = resume ? previous.complete : 0;
  const lines = resume ? previous.lines.filter((n) => n < from) : [];
  const count = text.lineCount;
  for (let n = from; n < count; n++) {
    if (test(plainText(displayLine(text.line(n))))) lines.push(n);
  }
  // The last line is complete only if a newline follows it.
  const endsWithNewline = text.length > 0 && text.slice(text.length - 1, text.length) === '\n';
  const complete = endsWithNewline ? count : Math.max(0, count - 1);
  return { query, lines, complete, length: text.length };
}
