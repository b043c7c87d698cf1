/** Console search: matching lines by shown text, incremental as the console grows, and the marks in a line. */
import { describe, expect, it } from 'vitest';
import { findMatches } from '../../../../../../src/renderer/src/features/runs/console/findMatches';
import { markSegments, matchRanges } from '../../../../../../src/renderer/src/features/runs/console/markSegments';
import { createConsoleText } from '../../../../../../src/renderer/src/features/runs/createConsoleText';

describe('findMatches', () => {
  it('finds lines by shown text, ignoring case and escapes, and treats the query literally', () => {
    const text = createConsoleText('ok\n\x1b[31mERR\x1b[0mOR: disk\nall fine\nerror (again)\na.b\n');
    expect(findMatches(text, 'error').lines).toEqual([1, 3]);
    expect(findMatches(text, '(again)').lines).toEqual([3]);
    expect(findMatches(text, '.').lines).toEqual([4]);
    expect(findMatches(text, '').lines).toEqual([]);
    expect(findMatches(text, '31m').lines).toEqual([]);
  });

  it('continues from the previous result as the console grows, rescanning the unfinished last line', () => {
    const first = createConsoleText('error one\nnothing\npartial err');
    const r1 = findMatches(first, 'error');
    expect(r1.lines).toEqual([0]);
    expect(r1.complete).toBe(2);
    const second = first.append('or\nerror three\n');
    const r2 = findMatches(second, 'error', r1);
    expect(r2.lines).toEqual([0, 2, 3]);
    expect(r2.complete).toBe(4);
    // Same answer as a search from scratch.
    expect(findMatches(second, 'error').lines).toEqual(r2.lines);
  });

  it('starts over when the query changes', () => {
    const text = createConsoleText('alpha\nbeta\n');
    expect(findMatches(text, 'beta', findMatches(text, 'alpha')).lines).toEqual([1]);
  });
});

describe('markSegments', () => {
  it('marks every match, case-insensitive, splitting coloured segments where needed', () => {
    expect(matchRanges('Error error', 'error')).toEqual([
      [0, 5],
      [6, 11],
    ]);
    expect(markSegments([{ text: 'ERR', fg: 1 }, { text: 'OR here' }], 'error')).toEqual([
      { text: 'ERR', fg: 1, mark: true },
      { text: 'OR', mark: true },
      { text: ' here' },
    ]);
  });

  it('leaves segments alone without a match', () => {
    const segments = [{ text: 'nothing' }];
    expect(markSegments(segments, 'x')).toBe(segments);
    expect(markSegments(segments, '')).toBe(segments);
  });
});
