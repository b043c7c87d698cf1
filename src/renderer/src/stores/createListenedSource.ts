/**
 * Runs a store's upstream source (a poller, a replica) only while the store has listeners: the first listener
 * starts it, the last one stops it, and a store that switches sources restarts it only if it is running.
 */
export interface ListenedSource {
  /** Wraps the store's own `subscribe` so listening drives the source. */
  wrap<L>(subscribe: (listener: L) => () => void): (listener: L) => () => void;
  /** Stops and starts again, if it is running (the source changed). */
  restart(): void;
  stop(): void;
}

export function createListenedSource(start: () => () => void): ListenedSource {
  let listeners = 0;
  let stopSource: (() => void) | undefined;
  const stop = () => {
    stopSource?.();
    stopSource = undefined;
  };
  return {
    wrap: (subscribe) => (listener) => {
      if (listeners++ === 0) stopSource = start();
      const unsubscribe = subscribe(listener);
      let active = true;
      return () => {
        if (!active) return;
        active = false;
        unsubscribe();
        if (--listeners === 0) stop();
      };
    },
    restart() {
      if (!stopSource) return;
      stop();
      stopSource = start();
    },
    stop,
  };
}
