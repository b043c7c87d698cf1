/**
 * When a store tells its readers of a change: once per animation frame in a window (the boot code asks for it), so
 * a burst of deltas costs one render with all of them; at once by default (tests, Node).
 */

/** Runs a callback before the next paint (or now); the handle cancels it. */
export interface FrameScheduler {
  request(callback: () => void): number;
  cancel(handle: number): void;
}

/**
 * A window that is hidden, minimized or occluded gets no animation frames, but its title and the tray's badge must
 * still move: a timer stands in (the browser may slow it to once a second), whichever comes first runs.
 */
export const FRAME_FALLBACK_MS = 100;

export function createAnimationFrames(
  raf: (callback: () => void) => number = (callback) => requestAnimationFrame(callback),
  cancelRaf: (handle: number) => void = (handle) => cancelAnimationFrame(handle),
): FrameScheduler {
  const pending = new Map<number, { frame: number; timer: ReturnType<typeof setTimeout> }>();
  let next = 1;
  return {
    request(callback) {
      const handle = next++;
      const run = () => {
        const entry = pending.get(handle);
        if (!entry) return;
        pending.delete(handle);
        cancelRaf(entry.frame);
        clearTimeout(entry.timer);
        callback();
      };
      pending.set(handle, { frame: raf(run), timer: setTimeout(run, FRAME_FALLBACK_MS) });
      return handle;
    },
    cancel(handle) {
      const entry = pending.get(handle);
      if (!entry) return;
      pending.delete(handle);
      cancelRaf(entry.frame);
      clearTimeout(entry.timer);
    },
  };
}

export const animationFrames: FrameScheduler = createAnimationFrames();

export const immediateFrames: FrameScheduler = {
  request(callback) {
    callback();
    return 0;
  },
  cancel() {},
};
