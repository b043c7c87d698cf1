/** The virtual window: which lines a scrollTop and viewport height put in the DOM, with overscan, clamped. */
import { describe, expect, it } from 'vitest';
import { bottomOf, computeWindow } from '../../../../../../src/renderer/src/features/runs/console/computeWindow';

const base = { lineHeight: 18, overscan: 10, viewportHeight: 360 };

describe('computeWindow', () => {
  it('renders the visible lines plus overscan below at the top', () => {
    expect(computeWindow({ ...base, scrollTop: 0, lineCount: 200_000 })).toEqual({ start: 0, end: 30 });
  });

  it('renders overscan on both sides in the middle, counting a partly visible line', () => {
    // Lines 1000..1020 are visible (1000.5 to 1020.5): 1000 to 1021 plus 10 either side.
    expect(computeWindow({ ...base, scrollTop: 1000.5 * 18, lineCount: 200_000 })).toEqual({ start: 990, end: 1031 });
  });

  it('ends at the last line at the bottom', () => {
    const lineCount = 200_000;
    expect(computeWindow({ ...base, scrollTop: bottomOf(lineCount, 18, 360), lineCount })).toEqual({ start: 199_970, end: 200_000 });
  });

  it('renders every line of a console shorter than the viewport', () => {
    expect(computeWindow({ ...base, scrollTop: 0, lineCount: 5 })).toEqual({ start: 0, end: 5 });
  });

  it('clamps a negative or too large scrollTop, and renders nothing for no lines', () => {
    expect(computeWindow({ ...base, scrollTop: -50, lineCount: 100 })).toEqual({ start: 0, end: 30 });
    expect(computeWindow({ ...base, scrollTop: 1e9, lineCount: 100 })).toEqual({ start: 70, end: 100 });
    expect(computeWindow({ ...base, scrollTop: 0, lineCount: 0 })).toEqual({ start: 0, end: 0 });
  });

  it('renders only the overscan before the viewport is measured', () => {
    expect(computeWindow({ ...base, viewportHeight: 0, scrollTop: 0, lineCount: 1000 })).toEqual({ start: 0, end: 10 });
  });

  it('puts the last line at the bottom of the viewport when following', () => {
    expect(bottomOf(100, 18, 360)).toBe(1440);
    expect(bottomOf(5, 18, 360)).toBe(0);
  });
});
