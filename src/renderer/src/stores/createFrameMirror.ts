/**
 * A store's state, passed on at most once per animation frame: a console receiving hundreds of appends a second
 * re-renders once per frame with all of them. React-free (the scheduler is passed in), so tests drive the frames.
 */

/** What `useSyncExternalStore` needs: a subscribe that notifies once per frame, and that frame's state. */
export interface FrameMirror<S> {
  subscribe(listener: () => void): () => void;
  getSnapshot(): S;
}

export interface FrameScheduler {
  request(callback: () => void): number;
  cancel(handle: number): void;
}

interface Source<S> {
  getState(): S;
  subscribe(listener: (state: S) => void): () => void;
}

export function createFrameMirror<S>(source: Source<S>, frames: FrameScheduler): FrameMirror<S> {
  const listeners = new Set<() => void>();
  let snapshot = source.getState();
  let stopSource: (() => void) | undefined;
  let frame: number | undefined;

  const flush = () => {
    frame = undefined;
    const next = source.getState();
    if (next === snapshot) return;
    snapshot = next;
    listeners.forEach((l) => l());
  };

  return {
    subscribe(listener) {
      listeners.add(listener);
      if (!stopSource) {
        stopSource = source.subscribe(() => {
          frame ??= frames.request(flush);
        });
        // Subscribing may have attached a replica that already had data: start from it, not from a stale copy.
        snapshot = source.getState();
      }
      return () => {
        listeners.delete(listener);
        if (listeners.size > 0 || !stopSource) return;
        stopSource();
        stopSource = undefined;
        if (frame !== undefined) frames.cancel(frame);
        frame = undefined;
      };
    },
    getSnapshot: () => snapshot,
  };
}
