/**
 * A shared clock for `useSyncExternalStore`: one interval however many components read it, started with the
 * first subscriber and stopped when the last one leaves.
 */
export interface Ticker {
  subscribe(listener: () => void): () => void;
  now(): number;
}

export function createTicker(intervalMs: number): Ticker {
  const listeners = new Set<() => void>();
  let now = Date.now();
  let timer: ReturnType<typeof setInterval> | undefined;
  return {
    now: () => now,
    subscribe(listener) {
      listeners.add(listener);
      if (!timer) {
        now = Date.now();
        timer = setInterval(() => {
          now = Date.now();
          listeners.forEach((l) => l());
        }, intervalMs);
      }
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && timer) {
          clearInterval(timer);
          timer = undefined;
        }
      };
    },
  };
}
