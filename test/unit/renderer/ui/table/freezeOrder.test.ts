/** The order a hovered table keeps: nothing already shown moves, gone rows go, new rows join at their place. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { freezeOrder } from '../../../../../src/renderer/src/ui/table/freezeOrder';

describe('freezeOrder', () => {
  it('keeps the shown order when the fresh order moved rows', () => {
    expect(freezeOrder(['a', 'b', 'c'], ['c', 'a', 'b'])).toEqual(['a', 'b', 'c']);
  });

  it('drops rows that are gone', () => {
    expect(freezeOrder(['a', 'b', 'c'], ['c', 'a'])).toEqual(['a', 'c']);
  });

  it('puts a new row just before the row that follows it in the fresh order', () => {
    expect(freezeOrder(['a', 'b', 'c'], ['a', 'x', 'b', 'c'])).toEqual(['a', 'x', 'b', 'c']);
    // Newest first: c changed and leads the fresh order, x arrived; x shows at the top, c waits in its place.
    expect(freezeOrder(['a', 'b', 'c'], ['c', 'x', 'a', 'b'])).toEqual(['x', 'a', 'b', 'c']);
    expect(freezeOrder(['a', 'b'], ['x', 'y', 'b', 'a'])).toEqual(['a', 'x', 'y', 'b']);
  });

  it('puts new rows that follow every shown row last', () => {
    expect(freezeOrder(['a', 'b'], ['b', 'a', 'x', 'y'])).toEqual(['a', 'b', 'x', 'y']);
    expect(freezeOrder([], ['x', 'y'])).toEqual(['x', 'y']);
  });

  it('shows exactly the fresh rows, and the shown ones in their old relative order', () => {
    const ids = fc.uniqueArray(fc.constantFrom(...'abcdefghij'), { maxLength: 10 });
    fc.assert(
      fc.property(ids, ids, (frozen, next) => {
        const result = freezeOrder(frozen, next);
        expect([...result].sort()).toEqual([...next].sort());
        const kept = frozen.filter((id) => next.includes(id));
        expect(result.filter((id) => frozen.includes(id))).toEqual(kept);
      }),
    );
  });
});
