/** Toasts: info leaves on its own, errors stay until dismissed, and no timer outlives the store. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createToastsStore, type ToastsStore } from '../../../../../src/renderer/src/features/toasts/toastsStore';

describe('toastsStore', () => {
  let toasts: ToastsStore;
  beforeEach(() => {
    vi.useFakeTimers();
    toasts = createToastsStore();
  });
  afterEach(() => {
    toasts.dispose();
    expect(vi.getTimerCount()).toBe(0);
    vi.useRealTimers();
  });

  const messages = () => toasts.getState().toasts.map((t) => t.message);

  it('dismisses info toasts after about four seconds and keeps errors until dismissed', () => {
    toasts.getState().push({ kind: 'info', message: 'Registered web-01' });
    const errorId = toasts.getState().push({ kind: 'error', message: 'Disabling web-01 failed' });
    expect(messages()).toEqual(['Registered web-01', 'Disabling web-01 failed']);

    vi.advanceTimersByTime(3999);
    expect(messages()).toEqual(['Registered web-01', 'Disabling web-01 failed']);
    vi.advanceTimersByTime(1);
    expect(messages()).toEqual(['Disabling web-01 failed']);

    vi.advanceTimersByTime(60_000);
    expect(messages()).toEqual(['Disabling web-01 failed']);
    toasts.getState().dismiss(errorId);
    expect(messages()).toEqual([]);
  });

  it('keeps a sticky info toast until dismissed, and carries its link', () => {
    const id = toasts.getState().push({ kind: 'info', message: 'build #3 passed', sticky: true, link: { href: '#/runs/3', label: 'Open run' } });
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(60_000);
    expect(toasts.getState().toasts).toEqual([{ id, kind: 'info', message: 'build #3 passed', sticky: true, link: { href: '#/runs/3', label: 'Open run' } }]);
  });

  it('makes every error sticky, whatever the caller says', () => {
    toasts.getState().push({ kind: 'error', message: 'Re-running build #3 failed', sticky: false });
    expect(toasts.getState().toasts[0]).toMatchObject({ sticky: true, link: undefined });
    vi.advanceTimersByTime(60_000);
    expect(messages()).toEqual(['Re-running build #3 failed']);
  });

  it('dismissing an info toast early cancels its timer', () => {
    const id = toasts.getState().push({ kind: 'info', message: 'one' });
    expect(vi.getTimerCount()).toBe(1);
    toasts.getState().dismiss(id);
    expect(vi.getTimerCount()).toBe(0);
    expect(messages()).toEqual([]);
  });

  it('keeps the stack bounded, dropping the oldest first', () => {
    const bounded = createToastsStore({ max: 3 });
    for (const n of [1, 2, 3, 4, 5]) bounded.getState().push({ kind: n === 1 ? 'error' : 'info', message: `t${n}` });
    expect(bounded.getState().toasts.map((t) => t.message)).toEqual(['t3', 't4', 't5']);
    expect(vi.getTimerCount()).toBe(3);
    bounded.dispose();
  });

  it('dispose stops every pending timer', () => {
    toasts.getState().push({ kind: 'info', message: 'a' });
    toasts.getState().push({ kind: 'info', message: 'b' });
    toasts.dispose();
    expect(vi.getTimerCount()).toBe(0);
  });
});
