/** Ownership: a store disposes what it gathered once, last added first, and every item even when some throw. */
import { describe, expect, it } from 'vitest';
import { DisposableStore, toDisposable } from '../../../src/main/kernel/disposable';

describe('DisposableStore', () => {
  it('disposes each item once, last added first, skipping one deleted, and then disposes late additions at once', () => {
    const order: string[] = [];
    const store = new DisposableStore();
    const a = store.add(toDisposable(() => order.push('a')));
    const kept = store.add(toDisposable(() => order.push('kept')));
    store.add(toDisposable(() => order.push('b')));
    store.delete(kept);
    expect(store.size).toBe(2);
    expect(store.isDisposed).toBe(false);
    store.dispose();
    store.dispose();
    a.dispose();
    expect(order).toEqual(['b', 'a']);
    expect(store.isDisposed).toBe(true);
    expect(store.size).toBe(0);
    store.add(toDisposable(() => order.push('late')));
    expect(order).toEqual(['b', 'a', 'late']);
    expect(store.size).toBe(0);
  });

  it('disposes every item even when some throw, then rethrows the one error or all of them together', () => {
    const one = new DisposableStore();
    const disposed: string[] = [];
    const first = new Error('first');
    one.add(toDisposable(() => disposed.push('x')));
    one.add(toDisposable(() => {
      throw first;
    }));
    expect(() => one.dispose()).toThrow(first);
    expect(disposed).toEqual(['x']);

    const two = new DisposableStore();
    two.add(toDisposable(() => {
      throw new Error('a');
    }));
    two.add(toDisposable(() => {
      throw new Error('b');
    }));
    try {
      two.dispose();
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AggregateError);
      expect((error as AggregateError).message).toBe('Errors while disposing');
      expect((error as AggregateError).errors.map((e: Error) => e.message)).toEqual(['b', 'a']);
    }
  });
});
