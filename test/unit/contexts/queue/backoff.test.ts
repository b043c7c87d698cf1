/** The wait between attempts: doubling from the base, capped, spread by the jitter, never negative. */
import { describe, expect, it } from 'vitest';
import { backoffDelay } from '../../../../src/main/contexts/queue';

const middle = () => 0.5;

describe('backoffDelay', () => {
  it('doubles from the base with each failed attempt, up to the cap', () => {
    const backoff = { baseMs: 100, maxMs: 1000, jitter: 0 };
    expect([0, 1, 2, 3, 4, 5, 6].map((attempt) => backoffDelay(attempt, backoff, middle))).toEqual([100, 100, 200, 400, 800, 1000, 1000]);
  });

  it('defaults to 1 s doubling up to 5 min with ± 20 %', () => {
    expect(backoffDelay(1, {}, middle)).toBe(1000);
    expect(backoffDelay(2, undefined, middle)).toBe(2000);
    expect(backoffDelay(30, {}, middle)).toBe(300_000);
    expect(backoffDelay(1, {}, () => 0)).toBe(800);
    expect(backoffDelay(1, {}, () => 1)).toBe(1200);
    expect(backoffDelay(1, { baseMs: 10 }, () => 1)).toBe(12);
    expect(backoffDelay(1, { maxMs: 500 }, middle)).toBe(500);
    expect(backoffDelay(1, { jitter: 0.5 }, () => 0)).toBe(500);
  });

  it('spreads by the jitter either way, rounded, never past the cap nor below zero', () => {
    expect(backoffDelay(1, { baseMs: 100, jitter: 0.1 }, () => 0.75)).toBe(105);
    expect(backoffDelay(1, { baseMs: 100, jitter: 0.1 }, () => 0.25)).toBe(95);
    expect(backoffDelay(1, { baseMs: 3, jitter: 0.1 }, () => 1)).toBe(3);
    expect(backoffDelay(1, { baseMs: 7, jitter: 0.1 }, () => 1)).toBe(8);
    expect(backoffDelay(4, { baseMs: 100, maxMs: 800, jitter: 0.5 }, () => 1)).toBe(800);
    expect(backoffDelay(1, { baseMs: 100, jitter: 3 }, () => 0)).toBe(0);
  });

  it('uses Math.random when no source is given', () => {
    const delays = Array.from({ length: 50 }, () => backoffDelay(1, { baseMs: 1000, jitter: 0.5 }));
    expect(delays.every((d) => d >= 500 && d <= 1500)).toBe(true);
    expect(new Set(delays).size).toBeGreaterThan(1);
  });
});
