/** Which row a navigation key moves focus to. */
import { describe, expect, it } from 'vitest';
import { moveIndex } from '../../../../../src/renderer/src/ui/table/moveIndex';

describe('moveIndex', () => {
  it('steps with the arrows and stops at the ends', () => {
    expect(moveIndex(3, 'ArrowDown', 10, 5)).toBe(4);
    expect(moveIndex(3, 'ArrowUp', 10, 5)).toBe(2);
    expect(moveIndex(9, 'ArrowDown', 10, 5)).toBe(9);
    expect(moveIndex(0, 'ArrowUp', 10, 5)).toBe(0);
  });

  it('jumps to the ends with Home and End', () => {
    expect(moveIndex(4, 'Home', 10, 5)).toBe(0);
    expect(moveIndex(4, 'End', 10, 5)).toBe(9);
  });

  it('moves a page with PageUp and PageDown, clamped, at least one row', () => {
    expect(moveIndex(1, 'PageDown', 10, 5)).toBe(6);
    expect(moveIndex(8, 'PageDown', 10, 5)).toBe(9);
    expect(moveIndex(3, 'PageUp', 10, 5)).toBe(0);
    expect(moveIndex(3, 'PageDown', 10, -2)).toBe(4);
  });

  it('ignores other keys and empty tables', () => {
    expect(moveIndex(3, 'a', 10, 5)).toBeNull();
    expect(moveIndex(3, 'Enter', 10, 5)).toBeNull();
    expect(moveIndex(0, 'ArrowDown', 0, 5)).toBeNull();
  });
});
