/** How the bench prints a latency against its floor: signed differences, ratios. */
import { describe, expect, it } from 'vitest';
import { signed, versus } from '../../../bench/benchRow';

describe('signed', () => {
  it('gives every difference its sign, and none to a difference that rounds to zero', () => {
    expect(signed(0.123)).toBe('+0.12');
    expect(signed(-0.031)).toBe('−0.03');
    expect(signed(-0.001)).toBe('+0.00');
    expect(signed(0)).toBe('+0.00');
    expect(signed(-3.46, 1)).toBe('−3.5');
  });
});

describe('versus', () => {
  it("says the p50's difference and the p99's ratio against the floor or a named peer", () => {
    expect(versus({ p50: 0.38, p99: 1.24 }, { p50: 0.16, p99: 0.47 })).toBe('p50 +0.22 ms, p99 2.6x floor');
    expect(versus({ p50: 0.04, p99: 0.41 }, { p50: 0.07, p99: 0.27 }, 'peer')).toBe('p50 −0.03 ms, p99 1.5x peer');
  });
});
