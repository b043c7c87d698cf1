/**
 * A window's stores tell their readers on the next animation frame, or, when the window is hidden and gets no
 * frames, on a timer: a background window's title and badge still move.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAnimationFrames, FRAME_FALLBACK_MS } from '../../../../src/renderer/src/stores/frameScheduler';

describe('animation frames with a timer for hidden windows', () => {
  const frames = new Map<number, () => void>();
  let nextFrame = 1;
  const raf = (callback: () => void) => (frames.set(nextFrame, callback), nextFrame++);
  const cancelRaf = (handle: number) => void frames.delete(handle);
  const paint = () => {
    const due = [...frames.values()];
    frames.clear();
    due.forEach((callback) => callback());
  };

  beforeEach(() => {
    vi.useFakeTimers();
    frames.clear();
  });
  afterEach(() => {
    expect(vi.getTimerCount()).toBe(0);
    vi.useRealTimers();
  });

  it('runs on the next frame once, and drops the timer', () => {
    const scheduler = createAnimationFrames(raf, cancelRaf);
    const callback = vi.fn();
    scheduler.request(callback);
    expect(callback).not.toHaveBeenCalled();
    paint();
    expect(callback).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(FRAME_FALLBACK_MS);
    expect(callback).toHaveBeenCalledTimes(1);
  });

  it('runs on the timer when no frame comes (a hidden window), and drops the frame', () => {
    const scheduler = createAnimationFrames(raf, cancelRaf);
    const callback = vi.fn();
    scheduler.request(callback);
    vi.advanceTimersByTime(FRAME_FALLBACK_MS - 1);
    expect(callback).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(callback).toHaveBeenCalledTimes(1);
    expect(frames.size).toBe(0);
  });

  it('cancels both', () => {
    const scheduler = createAnimationFrames(raf, cancelRaf);
    const callback = vi.fn();
    scheduler.cancel(scheduler.request(callback));
    paint();
    vi.advanceTimersByTime(FRAME_FALLBACK_MS);
    expect(callback).not.toHaveBeenCalled();
    expect(frames.size).toBe(0);
  });
});
