/**
 * Publishes a fast-changing value at most once per window, however often it changes: the first change after a
 * quiet spell goes out at once, later ones wait for the window to pass and go out together (trailing), so the last
 * value is always published. The seed's `refetch_window`; stores that follow event bursts use it.
 */

/** A throttled publisher; `push` the latest value, `publish` sees at most one per window. */
export interface Coalescer<T> {
  push(value: T): void;
  /** Publishes a waiting value now (first data after a load should not wait out a window); its window starts now. */
  flush(): void;
  /** A new window length; a publish already waiting is rescheduled on it. */
  setWindow(ms: number): void;
  /** How many times it has published. */
  readonly published: number;
  /** Drops a waiting value; nothing is published after this. */
  dispose(): void;
}

export function createCoalescer<T>(windowMs: number, publish: (value: T) => void): Coalescer<T> {
  let window = windowMs;
  let last = -Infinity;
  let pending: { value: T } | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let published = 0;
  let disposed = false;

  function flush() {
    timer = undefined;
    if (!pending || disposed) return;
    const { value } = pending;
    pending = undefined;
    last = Date.now();
    published++;
    publish(value);
  }

  function schedule() {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    const wait = last + window - Date.now();
    if (wait <= 0) flush();
    else timer = setTimeout(flush, wait);
  }

  return {
    push(value) {
      if (disposed) return;
      pending = { value };
      if (timer === undefined) schedule();
    },
    flush() {
      if (timer !== undefined) clearTimeout(timer);
      flush();
    },
    setWindow(ms) {
      window = Math.max(0, ms);
      if (pending) schedule();
    },
    get published() {
      return published;
    },
    dispose() {
      disposed = true;
      pending = undefined;
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
    },
  };
}
