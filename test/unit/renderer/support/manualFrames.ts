/** A hand-driven FrameScheduler: frames run only when the test calls `run()`, as a browser would before a paint. */
import type { FrameScheduler } from '../../../../src/renderer/src/stores/frameScheduler';

export interface ManualFrames extends FrameScheduler {
  run(): void;
  readonly pending: number;
}

export function manualFrames(): ManualFrames {
  const queued = new Map<number, () => void>();
  let next = 1;
  return {
    request(callback) {
      queued.set(next, callback);
      return next++;
    },
    cancel: (handle) => void queued.delete(handle),
    run() {
      const callbacks = [...queued.values()];
      queued.clear();
      callbacks.forEach((c) => c());
    },
    get pending() {
      return queued.size;
    },
  };
}
