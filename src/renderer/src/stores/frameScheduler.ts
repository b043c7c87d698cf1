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

/**
 * How long a callback rests after a slow run, in multiples of that run: its work and the render it sets off (React
 * renders in the microtasks right after it) took t ms, so its next frame comes no sooner than 2·t after. A view that
 * is slow to re-render (10,000 rows under a fleet's contacts) is told less often instead of taking every frame, and
 * rendering keeps to about a third of the window's thread; the stores apply every event meanwhile. A view that
 * renders in a millisecond or two still gets every frame.
 */
export const REST_PER_RUN = 2;
/**
 * The longest rest: a view's first render of a big list (mounting its rows) is slower than its updates, and must not
 * keep the next state off screen for long.
 */
export const MAX_REST_MS = 33;

export function createAnimationFrames(
  raf: (callback: () => void) => number = (callback) => requestAnimationFrame(callback),
  cancelRaf: (handle: number) => void = (handle) => cancelAnimationFrame(handle),
  now: () => number = () => performance.now(),
): FrameScheduler {
  // A request resting (`frame` unset, `timer` the rest's) or waiting for its frame or the fallback timer.
  const pending = new Map<number, { frame?: number; timer: ReturnType<typeof setTimeout> }>();
  // Per callback (a store passes the same one each time): when its rest after its last run ends.
  const restUntil = new WeakMap<() => void, number>();
  let next = 1;

  const drop = (handle: number) => {
    const entry = pending.get(handle);
    if (!entry) return false;
    pending.delete(handle);
    if (entry.frame !== undefined) cancelRaf(entry.frame);
    clearTimeout(entry.timer);
    return true;
  };

  return {
    request(callback) {
      const handle = next++;
      const run = () => {
        if (!drop(handle)) return;
        const started = now();
        try {
          callback();
        } finally {
          queueMicrotask(() => {
            const ended = now();
            restUntil.set(callback, ended + Math.min(MAX_REST_MS, REST_PER_RUN * (ended - started)));
          });
        }
      };
      const arm = () => pending.set(handle, { frame: raf(run), timer: setTimeout(run, FRAME_FALLBACK_MS) });
      const rest = (restUntil.get(callback) ?? 0) - now();
      if (rest > 0) pending.set(handle, { timer: setTimeout(() => pending.has(handle) && arm(), rest) });
      else arm();
      return handle;
    },
    cancel(handle) {
      drop(handle);
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
