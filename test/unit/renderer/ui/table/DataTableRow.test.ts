/** When a DataTable row may skip rendering: only when nothing it shows or hands on changed. */
import { describe, expect, it } from 'vitest';
import { sameRowProps } from '../../../../../src/renderer/src/ui/table/DataTableRow';

type Props = Parameters<typeof sameRowProps<{ id: string }>>[0];

const onKeyDown = () => {};
const onFocus = () => {};
const base: Props = {
  row: { id: 'a' },
  index: 3,
  ariaRowIndex: 5,
  columns: [],
  attributes: { 'data-state': 'on', className: 'x' },
  version: 't1',
  failedAt: undefined,
  isNew: false,
  tabbable: false,
  onKeyDown,
  onFocus,
};

describe('sameRowProps', () => {
  it('skips a render when every prop is the same, attributes compared by value and isNew ignored', () => {
    expect(sameRowProps(base, { ...base })).toBe(true);
    expect(sameRowProps(base, { ...base, attributes: { className: 'x', 'data-state': 'on' } })).toBe(true);
    expect(sameRowProps(base, { ...base, isNew: true })).toBe(true);
    expect(sameRowProps({ ...base, attributes: undefined }, { ...base, attributes: undefined })).toBe(true);
    expect(sameRowProps({ ...base, version: Number.NaN }, { ...base, version: Number.NaN })).toBe(true);
  });

  it('renders when any one prop it shows or hands on changed', () => {
    const changes: Partial<Props>[] = [
      { row: { id: 'a' } },
      { index: 4 },
      { ariaRowIndex: 6 },
      { columns: [] },
      { version: 't2' },
      { failedAt: 9 },
      { tabbable: true },
      { onKeyDown: () => {} },
      { onFocus: () => {} },
      { attributes: { 'data-state': 'off', className: 'x' } },
      { attributes: { 'data-state': 'on' } },
      { attributes: { 'data-state': 'on', className: 'x', 'data-extra': 1 } },
      { attributes: { 'data-other': 'on', className: 'x' } },
      { attributes: undefined },
    ];
    for (const change of changes) {
      expect(sameRowProps(base, { ...base, ...change }), JSON.stringify(Object.keys(change))).toBe(false);
      expect(sameRowProps({ ...base, ...change }, base), JSON.stringify(Object.keys(change))).toBe(false);
    }
  });
});
