/** The frame mirror: many store changes in one frame reach listeners once, with the frame's latest state. */
import { describe, expect, it, vi } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { createFrameMirror } from '../../../../src/renderer/src/stores/createFrameMirror';

function manualFrames() {
  const queued = new Map<number, () => void>();
  let next = 1;
  return {
    request: (callback: () => void) => {
      queued.set(next, callback);
      return next++;
    },
    cancel: (handle: number) => queued.delete(handle),
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

describe('createFrameMirror', () => {
  it('coalesces a burst of changes into one notification per frame', () => {
    const store = createStore(() => ({ n: 0 }));
    const frames = manualFrames();
    const mirror = createFrameMirror(store, frames);
    const listener = vi.fn();
    const stop = mirror.subscribe(listener);

    for (let n = 1; n <= 500; n++) store.setState({ n });
    expect(listener).not.toHaveBeenCalled();
    expect(mirror.getSnapshot().n).toBe(0);
    expect(frames.pending).toBe(1);

    frames.run();
    expect(listener).toHaveBeenCalledTimes(1);
    expect(mirror.getSnapshot().n).toBe(500);

    frames.run();
    expect(listener).toHaveBeenCalledTimes(1);
    stop();
  });

  it('starts from the state at subscribe time, and cancels its frame when the last listener leaves', () => {
    const store = createStore(() => ({ n: 0 }));
    const frames = manualFrames();
    const mirror = createFrameMirror(store, frames);
    store.setState({ n: 1 });
    const stop = mirror.subscribe(() => {});
    expect(mirror.getSnapshot().n).toBe(1);
    store.setState({ n: 2 });
    stop();
    expect(frames.pending).toBe(0);
    store.setState({ n: 3 });
    expect(frames.pending).toBe(0);
  });
});
