/**
 * Repeatable failures are logged once per kind and interval, the rest counted into the next line, so a peer that
 * sends 2,000 bad frames costs two log lines; kinds are bounded, so invented kinds cannot grow memory.
 */
import { describe, expect, it } from 'vitest';
import { createRepeatLog, kindOf } from '../../../src/main/kernel/createRepeatLog';
import type { Logger } from '../../../src/main/kernel/logger';

function recorder() {
  const lines: unknown[][] = [];
  const logger: Logger = { debug: () => {}, warn: () => {}, error: (...args) => lines.push(args) };
  return { lines, logger };
}

describe('createRepeatLog', () => {
  it('logs the first of a kind in full, counts the rest within the interval, and sums them up in the next line', () => {
    const { lines, logger } = recorder();
    let now = 1000;
    const log = createRepeatLog(logger, 100, () => now);
    const boom = new Error('boom');
    log.error('bad frame', 'dropped a frame', boom);
    for (let i = 0; i < 5; i++) {
      now += 15;
      log.error('bad frame', 'dropped a frame', boom);
    }
    log.error('other', 'something else');
    expect(lines).toEqual([['dropped a frame', boom], ['something else']]);

    now = 1100; // exactly one interval after the first line: logged again, with the count
    log.error('bad frame', 'dropped a frame');
    expect(lines[2]).toEqual(['dropped a frame (and 5 more like it since the last report)']);
    now = 1200;
    log.error('bad frame', 'dropped a frame');
    expect(lines[3]).toEqual(['dropped a frame']);
    now = 1299;
    log.error('bad frame', 'dropped a frame');
    expect(lines).toHaveLength(4);
  });

  it('forgets the oldest kind beyond 256, so made-up kinds cannot grow it without bound', () => {
    const { lines, logger } = recorder();
    const log = createRepeatLog(logger, 10_000, () => 0);
    for (let i = 0; i <= 256; i++) log.error(`kind ${i}`, `m${i}`);
    expect(lines).toHaveLength(257);
    log.error('kind 0', 'm0'); // forgotten: logged again although within the interval
    log.error('kind 2', 'm2'); // still remembered: counted only
    expect(lines).toHaveLength(258);
    expect(lines[257]).toEqual(['m0']);
  });

  it('names a failure by its class and the first 80 characters of its message', () => {
    expect(kindOf(new TypeError('x'.repeat(100)))).toBe(`TypeError: ${'x'.repeat(80)}`);
    expect(kindOf('text')).toBe('string');
    expect(kindOf(undefined)).toBe('undefined');
  });
});
