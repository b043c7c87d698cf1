/**
 * ConsoleText: the line index stays right however the text is cut into chunks (mid-line, between `\r` and `\n`,
 * empty chunks), older values never see later appends, and a 10 MB / 200k-line console appends in linear time.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createConsoleText, displayLine, type ConsoleText } from '../../../../../src/renderer/src/features/runs/createConsoleText';

/** The obvious model: split on newlines; a final newline ends the last line rather than starting one. */
function modelLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split('\n');
  if (text.endsWith('\n')) lines.pop();
  return lines;
}

const linesOf = (text: ConsoleText) => Array.from({ length: text.lineCount }, (_, i) => text.line(i));
const appendAll = (chunks: string[]) => chunks.reduce((t, c) => t.append(c), createConsoleText());

describe('createConsoleText', () => {
  it('counts lines: empty, one partial line, final newline, blank lines', () => {
    expect(createConsoleText().lineCount).toBe(0);
    expect(createConsoleText('abc').lineCount).toBe(1);
    expect(createConsoleText('abc\n').lineCount).toBe(1);
    expect(createConsoleText('\n').lineCount).toBe(1);
    expect(linesOf(createConsoleText('a\n\nb'))).toEqual(['a', '', 'b']);
    expect(createConsoleText('a\n\nb').length).toBe(4);
  });

  it('joins a line cut mid-way by a chunk boundary, across several chunks', () => {
    const text = appendAll(['first li', 'ne\nsec', 'o', 'nd line\nthi', 'rd']);
    expect(linesOf(text)).toEqual(['first line', 'second line', 'third']);
    expect(text.toString()).toBe('first line\nsecond line\nthird');
  });

  it('keeps \\r\\n line ends right when the chunk boundary falls between \\r and \\n', () => {
    const text = appendAll(['one\r', '\ntwo\r\n', 'three\r', '\n']);
    expect(text.lineCount).toBe(3);
    expect(linesOf(text).map(displayLine)).toEqual(['one', 'two', 'three']);
  });

  it('ignores empty chunks, returning the same value', () => {
    const text = createConsoleText('a\nb');
    expect(text.append('')).toBe(text);
    expect(linesOf(appendAll(['', 'a\n', '', '', 'b', '']))).toEqual(['a', 'b']);
  });

  it('leaves older values exactly as they were, even when one is appended to twice (a branch)', () => {
    const base = createConsoleText('one\ntw');
    const a = base.append('o\nthree\n');
    const b = base.append('enty\n');
    expect(linesOf(base)).toEqual(['one', 'tw']);
    expect(linesOf(a)).toEqual(['one', 'two', 'three']);
    expect(linesOf(b)).toEqual(['one', 'twenty']);
    expect(linesOf(a.append('four'))).toEqual(['one', 'two', 'three', 'four']);
    expect(linesOf(base)).toEqual(['one', 'tw']);
    expect([base.length, a.length, b.length]).toEqual([6, 14, 11]);
  });

  it('matches the split-on-newlines model for any text cut into any chunks', () => {
    const pieces = fc.array(fc.constantFrom('a', 'bc', '\n', '\r', '\r\n', 'é', '', 'x'.repeat(20_000)), { maxLength: 40 });
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 8 }), (chunkParts) => {
        const chunks = chunkParts.map((p) => p.join(''));
        const whole = chunks.join('');
        const text = appendAll(chunks);
        expect(text.length).toBe(whole.length);
        expect(text.lineCount).toBe(modelLines(whole).length);
        expect(linesOf(text)).toEqual(modelLines(whole));
        expect(text.toString()).toBe(whole);
      }),
    );
  });

  it('slices any range across chunks', () => {
    const text = appendAll(['abc', 'def', 'ghi']);
    expect(text.slice(2, 7)).toBe('cdefg');
    expect(text.slice(-5, 100)).toBe('abcdefghi');
    expect(text.slice(5, 5)).toBe('');
  });

  it('appends a 10 MB, 200k-line console in 4 KB chunks in linear time', () => {
    const line = (n: number) => `line ${n} ${'x'.repeat(30)}\n`;
    let all = '';
    for (let n = 1; all.length < 10_000_000; n++) all += line(n);
    const started = performance.now();
    let text = createConsoleText();
    for (let at = 0; at < all.length; at += 4096) text = text.append(all.slice(at, at + 4096));
    const took = performance.now() - started;
    expect(text.length).toBe(all.length);
    expect(text.lineCount).toBeGreaterThan(200_000);
    expect(text.line(0)).toBe(line(1).trimEnd());
    expect(text.line(text.lineCount - 1)).toBe(all.trimEnd().slice(all.trimEnd().lastIndexOf('\n') + 1));
    // Re-concatenating the whole text per chunk takes many seconds here; the indexed append takes well under one.
    expect(took).toBeLessThan(1500);
  });
});

describe('displayLine', () => {
  it('drops a trailing \\r and keeps what a bare \\r redrew last', () => {
    expect(displayLine('plain')).toBe('plain');
    expect(displayLine('crlf\r')).toBe('crlf');
    expect(displayLine(' 10%\r 55%\r100%')).toBe('100%');
    expect(displayLine(' 10%\r100%\r')).toBe('100%');
  });
});
