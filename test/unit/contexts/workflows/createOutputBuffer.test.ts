/** The step output buffer: held until its interval passes or it is full, then one write of text and reports. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OUTPUT_FLUSH_MS, OUTPUT_MAX_CHARS, createOutputBuffer } from '../../../../src/main/contexts/workflows/createOutputBuffer';
import type { StepProgress } from '../../../../src/main/contexts/workflows/steps/createProgressLines';

let writes: [string, StepProgress[]][];
const flush = (text: string, reports: StepProgress[]) => void writes.push([text, reports]);

beforeEach(() => {
  writes = [];
  vi.useFakeTimers();
});
afterEach(() => vi.useRealTimers());

describe('createOutputBuffer', () => {
  it('holds text and reports for its interval, then writes them in one go', () => {
    const buffer = createOutputBuffer(flush, 50);
    buffer.push('a');
    buffer.report({ percent: 10, note: null });
    buffer.push('');
    buffer.push('b\n');
    vi.advanceTimersByTime(49);
    expect(writes).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(writes).toEqual([['ab\n', [{ percent: 10, note: null }]]]);
    vi.advanceTimersByTime(500);
    expect(writes).toHaveLength(1);
    buffer.push('c');
    vi.advanceTimersByTime(50);
    expect(writes).toEqual([
      ['ab\n', [{ percent: 10, note: null }]],
      ['c', []],
    ]);
  });

  it('writes at once when full, counting a report as 32 characters and its note', () => {
    const buffer = createOutputBuffer(flush, 50, 40);
    buffer.push('x'.repeat(39));
    expect(writes).toEqual([]);
    buffer.push('y');
    expect(writes).toEqual([['x'.repeat(39) + 'y', []]]);
    buffer.report({ percent: 1, note: '1234567' });
    expect(writes).toHaveLength(1);
    buffer.report({ percent: 2, note: null });
    expect(writes).toHaveLength(2);
    expect(writes[1]).toEqual(['', [{ percent: 1, note: '1234567' }, { percent: 2, note: null }]]);
    buffer.report({ percent: 3, note: '12345678' });
    expect(writes).toHaveLength(3);
    // Nothing is left for the timer to write.
    vi.advanceTimersByTime(1000);
    expect(writes).toHaveLength(3);
  });

  it('close writes what is held, stops the timer and writes nothing when nothing is held', () => {
    const buffer = createOutputBuffer(flush, 50);
    buffer.close();
    expect(writes).toEqual([]);
    buffer.push('tail');
    buffer.close();
    expect(writes).toEqual([['tail', []]]);
    vi.advanceTimersByTime(1000);
    expect(writes).toHaveLength(1);
  });

  it('defaults to 100 ms and 64 KiB', () => {
    expect([OUTPUT_FLUSH_MS, OUTPUT_MAX_CHARS]).toEqual([100, 65_536]);
    const buffer = createOutputBuffer(flush);
    buffer.push('a');
    vi.advanceTimersByTime(99);
    expect(writes).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(writes).toHaveLength(1);
    buffer.push('b'.repeat(65_535));
    expect(writes).toHaveLength(1);
    buffer.push('c');
    expect(writes).toHaveLength(2);
  });
});
