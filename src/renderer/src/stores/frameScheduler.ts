/**
 * When a store tells its readers of a change: once per animation frame in a window (the boot code asks for it), so
 * a burst of deltas costs one render with all of them; at once by default (tests, Node).
 */

/** Runs a callback before the next paint (or now); the handle cancels it. */
export interface FrameScheduler {
  request(callback: () => void): number;
  cancel(handle: number): void;
}

export const animationFrames: FrameScheduler = {
  request: (callback) => requestAnimationFrame(callback),
  cancel: (handle) => cancelAnimationFrame(handle),
};

export const immediateFrames: FrameScheduler = {
  request(callback) {
    callback();
    return 0;
  },
  cancel() {},
};
