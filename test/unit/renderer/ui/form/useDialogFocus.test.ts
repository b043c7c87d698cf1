/** Where Tab goes inside a modal panel. */
import { describe, expect, it } from 'vitest';
import { trapTarget } from '../../../../../src/renderer/src/ui/form/useDialogFocus';

describe('trapTarget', () => {
  const items = ['close', 'name', 'cancel', 'submit'];

  it('wraps from the last control to the first and back', () => {
    expect(trapTarget(items, 'submit', false)).toBe('close');
    expect(trapTarget(items, 'close', true)).toBe('submit');
  });

  it('leaves moves between inner controls to the browser', () => {
    expect(trapTarget(items, 'name', false)).toBeNull();
    expect(trapTarget(items, 'cancel', true)).toBeNull();
  });

  it('brings focus from outside (or the panel itself) back in', () => {
    expect(trapTarget(items, null, false)).toBe('close');
    expect(trapTarget(items, 'elsewhere', true)).toBe('submit');
    expect(trapTarget([], 'x', false)).toBeNull();
  });
});
