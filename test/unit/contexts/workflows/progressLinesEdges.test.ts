/**
 * The edges of reading a shell step's stdout for progress reports: a report on the very first line, notes with
 * extra spaces, no empty output written around a report or a held partial line, a partial line that cannot become
 * a report written at once, and an end that writes the held text only once.
 */
import { describe, expect, it } from 'vitest';
import { createProgressLines, parseProgressLine, type StepProgress } from '../../../../src/main/contexts/workflows/steps/createProgressLines';

/** Every output text and report in the order they came out. */
function record() {
  const seen: (string | StepProgress)[] = [];
  const lines = createProgressLines(
    (text) => seen.push(text),
    (report) => seen.push(report),
  );
  return { seen, lines };
}

describe('progress lines at the edges', () => {
  it('takes a report on the very first line, writing no empty output before or after it', () => {
    const { seen, lines } = record();
    lines.push('::progress 10\n');
    expect(seen).toEqual([{ percent: 10, note: null }]);
    lines.push('compiling\n::progress 20\n');
    expect(seen).toEqual([{ percent: 10, note: null }, 'compiling\n', { percent: 20, note: null }]);
  });

  it('writes nothing while the only text so far could still become a report', () => {
    const { seen, lines } = record();
    lines.push('::prog');
    lines.push('ress 5');
    expect(seen).toEqual([]);
    lines.push('0 half\n');
    expect(seen).toEqual([{ percent: 50, note: 'half' }]);
  });

  it('writes a partial line that cannot become a report at once, for the live console', () => {
    const { seen, lines } = record();
    lines.push('Compiling 3 of 9');
    expect(seen).toEqual(['Compiling 3 of 9']);
    lines.push('... done\n');
    expect(seen).toEqual(['Compiling 3 of 9', '... done\n']);
  });

  it('trims the note, and a note of only spaces is no note', () => {
    expect(parseProgressLine('::progress 5   spaced out  ')).toEqual({ percent: 5, note: 'spaced out' });
    expect(parseProgressLine('::progress 5    ')).toEqual({ percent: 5, note: null });
  });

  it('writes the held partial line once, however often it is ended', () => {
    const { seen, lines } = record();
    lines.push('::progress 9');
    lines.end();
    lines.end();
    expect(seen).toEqual(['::progress 9']);
  });
});
