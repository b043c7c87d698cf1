/**
 * The output buffer's wait, on fake timers: text pushed after a write (by `close` or by a full buffer) waits a whole
 * interval of its own, and an empty push starts no wait that later text would inherit.
 */
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { createOutputBuffer } from '../../../../src/main/contexts/workflows/createOutputBuffer';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function recorded(maxChars?: number) {
  const flushed: string[] = [];
  const buffer = createOutputBuffer((text) => flushed.push(text), 100, maxChars);
  return { buffer, flushed };
}

it('lets text pushed after a close wait its full interval', () => {
  const { buffer, flushed } = recorded();
  buffer.push('a');
  vi.advanceTimersByTime(50);
  buffer.close();
  vi.advanceTimersByTime(10);
  buffer.push('b');
  vi.advanceTimersByTime(99);
  expect(flushed).toEqual(['a']);
  vi.advanceTimersByTime(1);
  expect(flushed).toEqual(['a', 'b']);
});

it('lets text pushed after a full buffer was written wait its full interval', () => {
  const { buffer, flushed } = recorded(4);
  buffer.push('a');
  vi.advanceTimersByTime(50);
  buffer.push('bcd');
  expect(flushed).toEqual(['abcd']);
  buffer.push('e');
  vi.advanceTimersByTime(99);
  expect(flushed).toEqual(['abcd']);
  vi.advanceTimersByTime(1);
  expect(flushed).toEqual(['abcd', 'e']);
});

it('starts no wait for an empty push', () => {
  const { buffer, flushed } = recorded();
  buffer.push('');
  vi.advanceTimersByTime(50);
  buffer.push('x');
  vi.advanceTimersByTime(99);
  expect(flushed).toEqual([]);
  vi.advanceTimersByTime(1);
  expect(flushed).toEqual(['x']);
});
