/**
 * A shell step's stdout split into output and progress reports: `::progress N [note]` lines are reports, whatever
 * way the stream is chunked; every other byte passes through in order, a partial line at once unless it could
 * still become a report.
 */
import { describe, expect, it } from 'vitest';
import { createProgressLines, parseProgressLine, type StepProgress } from '../../../../src/main/contexts/workflows/steps/createProgressLines';

function feed(chunks: string[]) {
  const seen: (string | StepProgress)[] = [];
  const lines = createProgressLines(
    (text) => seen.push(text),
    (report) => seen.push(report),
  );
  chunks.forEach(lines.push);
  lines.end();
  const output = seen.filter((s): s is string => typeof s === 'string').join('');
  const reports = seen.filter((s): s is StepProgress => typeof s !== 'string');
  return { seen, output, reports };
}

describe('parseProgressLine', () => {
  it('reads the percent and the note', () => {
    expect(parseProgressLine('::progress 42 copying files')).toEqual({ percent: 42, note: 'copying files' });
    expect(parseProgressLine('::progress 7.5')).toEqual({ percent: 7.5, note: null });
    expect(parseProgressLine('::progress 100 done\r')).toEqual({ percent: 100, note: 'done' });
  });

  it('leaves anything else alone', () => {
    for (const line of ['::progress', '::progress x', '::progress 101', '::progress -3', ' ::progress 5', '::progress 5x', 'progress 5']) {
      expect(parseProgressLine(line), line).toBeUndefined();
    }
  });
});

describe('createProgressLines', () => {
  it('takes report lines out of the output, in order with the text around them', () => {
    const { seen } = feed(['building\n::progress 10 step one\nstill building\n::progress 90\nbye\n']);
    expect(seen).toEqual(['building\n', { percent: 10, note: 'step one' }, 'still building\n', { percent: 90, note: null }, 'bye\n']);
  });

  it('finds reports split across chunks at any point', () => {
    const text = 'a\n::progress 25 quarter\nb\n::progress 50 half\n';
    for (let cut = 0; cut <= text.length; cut++) {
      const { output, reports } = feed([text.slice(0, cut), text.slice(cut)]);
      expect(output, `cut at ${cut}`).toBe('a\nb\n');
      expect(reports, `cut at ${cut}`).toEqual([{ percent: 25, note: 'quarter' }, { percent: 50, note: 'half' }]);
    }
    const byChar = feed([...text]);
    expect(byChar.output).toBe('a\nb\n');
    expect(byChar.reports).toHaveLength(2);
  });

  it('passes a partial line through at once unless it could become a report', () => {
    const outputs: string[] = [];
    const lines = createProgressLines((text) => outputs.push(text), () => undefined);
    lines.push('Password: ');
    expect(outputs.join('')).toBe('Password: ');
    lines.push('::prog');
    expect(outputs.join('')).toBe('Password: ::prog');
    lines.push('\n::prog');
    expect(outputs.join('')).toBe('Password: ::prog\n');
    lines.push('ress 5 x');
    expect(outputs.join('')).toBe('Password: ::prog\n');
    lines.end();
    expect(outputs.join('')).toBe('Password: ::prog\n::progress 5 x');
  });

  it('keeps a report-looking text in the middle of a line as output', () => {
    const { output, reports } = feed(['say ::progress 5\n']);
    expect(output).toBe('say ::progress 5\n');
    expect(reports).toEqual([]);
  });
});
