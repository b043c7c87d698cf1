/**
 * Ownership of long-lived things: every subscription, timer and connection is a Disposable held by a store,
 * so disposing the owner releases everything it gathered (after VS Code's DisposableStore).
 */
export interface Disposable {
  dispose(): void;
}

export function toDisposable(fn: () => void): Disposable {
  let done = false;
  return {
    dispose() {
      if (done) return;
      done = true;
      fn();
    },
  };
}

/** Gathers disposables and disposes them together, last added first. Adding to a disposed store disposes at once. */
export class DisposableStore implements Disposable {
  #items = new Set<Disposable>();
  #disposed = false;

  get isDisposed(): boolean {
    return this.#disposed;
  }

  get size(): number {
    return this.#items.size;
  }

  add<T extends Disposable>(item: T): T {
    if (this.#disposed) {
      item.dispose();
      return item;
    }
    this.#items.add(item);
    return item;
  }

  /** Stops tracking `item` without disposing it (its owner disposed it already). */
  delete(item: Disposable): void {
    this.#items.delete(item);
  }

  dispose(): void {
    if (this.#disposed) return;
    this.#disposed = true;
    const items = [...this.#items].reverse();
    this.#items.clear();
    const errors: unknown[] = [];
    for (const item of items) {
      try {
        item.dispose();
      } catch (error) {
        errors.push(error);
      }
    }
    if (errors.length === 1) throw errors[0];
    if (errors.length > 1) throw new AggregateError(errors, 'Errors while disposing');
  }
}
