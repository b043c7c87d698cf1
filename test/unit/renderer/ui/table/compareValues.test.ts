/** The ascending comparison every sortable column uses, and the id tie-break. */
import { describe, expect, it } from 'vitest';
import { compareIds, compareValues } from '../../../../../src/renderer/src/ui/table/compareValues';
import type { SortValue } from '../../../../../src/renderer/src/ui/table/DataColumn';

const sorted = (values: SortValue[]) => [...values].sort(compareValues);

describe('compareValues', () => {
  it('orders text numerically and ignoring case, as people read it', () => {
    expect(sorted(['build-10', 'Build-2', 'build-1'])).toEqual(['build-1', 'Build-2', 'build-10']);
  });

  it('orders numbers, dates and booleans by value', () => {
    expect(sorted([10, -1, 2.5])).toEqual([-1, 2.5, 10]);
    const [a, b] = [new Date('2024-01-01'), new Date('2023-01-01')];
    expect(sorted([a, b])).toEqual([b, a]);
    expect(sorted([true, false])).toEqual([false, true]);
  });

  it('puts blanks after every value', () => {
    expect(sorted([null, 'b', undefined, 'a'])).toEqual(['a', 'b', null, undefined]);
    expect(compareValues(null, undefined)).toBe(0);
  });

  it('never lets an invalid date poison the order', () => {
    expect(compareValues(new Date('nope'), new Date('2024-01-01'))).toBe(0);
  });
});

describe('compareIds', () => {
  it('is a total order: numeric first, then exact text', () => {
    expect(compareIds('agent-2', 'agent-10')).toBeLessThan(0);
    expect(compareIds('a', 'A')).not.toBe(0);
    expect(compareIds('a', 'a')).toBe(0);
  });
});
