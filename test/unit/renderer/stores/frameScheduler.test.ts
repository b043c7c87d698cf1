/**
 * A window's stores tell their readers on the next animation frame, or, when the window is hidden and gets no
 * frames, on a timer: a background window's title and badge still move.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAnimationFrames, FRAME_FALLBACK_MS, MAX_REST_MS, REST_PER_RUN } from '../../../../src/renderer/src/stores/frameScheduler';

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

  describe('a slow callback rests before its next frame', () => {
    let clock = 0;
    const now = () => clock;
    /** A callback whose run (and the render it sets off) takes `ms`. */
    const taking = (ms: number) => vi.fn(() => void (clock += ms));
    const ran = () => Promise.resolve(); // the run's cost is read in a microtask, once the render it set off is done
    /** Time passes, for the scheduler's clock and its timers alike. */
    const pass = (ms: number) => {
      clock += ms;
      vi.advanceTimersByTime(ms);
    };
    /** A scheduler whose one callback, taking `ms`, has run once (its cost read). */
    const afterOneRun = async (ms: number) => {
      const scheduler = createAnimationFrames(raf, cancelRaf, now);
      const callback = taking(ms);
      scheduler.request(callback);
      paint();
      await ran();
      return { scheduler, callback };
    };
    /** As a browser runs frame callbacks: microtasks after each one. */
    const paintEach = async () => {
      const due = [...frames.values()];
      frames.clear();
      for (const callback of due) {
        callback();
        await ran();
      }
    };

    it('asks for its next frame only REST_PER_RUN times its last run after that run ended', async () => {
      const { scheduler, callback } = await afterOneRun(10);
      expect(callback).toHaveBeenCalledTimes(1);

      scheduler.request(callback);
      expect(frames.size).toBe(0); // resting
      pass(REST_PER_RUN * 10 - 1);
      paint();
      expect(callback).toHaveBeenCalledTimes(1);
      pass(1);
      expect(frames.size).toBe(1);
      paint();
      expect(callback).toHaveBeenCalledTimes(2);
      await ran();
    });

    it('does not hold back a quick callback, nor another callback than the slow one', async () => {
      const scheduler = createAnimationFrames(raf, cancelRaf, now);
      const quick = taking(0);
      const slow = taking(30);
      scheduler.request(quick);
      scheduler.request(slow);
      await paintEach();
      scheduler.request(quick);
      scheduler.request(slow);
      expect(frames.size).toBe(1); // the quick one's
      paint();
      expect(quick).toHaveBeenCalledTimes(2);
      expect(slow).toHaveBeenCalledTimes(1);
      scheduler.cancel(scheduler.request(vi.fn()));
      pass(REST_PER_RUN * 30);
      paint();
      expect(slow).toHaveBeenCalledTimes(2);
      await ran();
    });

    it('rests no longer than MAX_REST_MS after a very slow run (a big list mounting)', async () => {
      const { scheduler, callback } = await afterOneRun(200);
      scheduler.request(callback);
      pass(MAX_REST_MS);
      paint();
      expect(callback).toHaveBeenCalledTimes(2);
      await ran();
    });

    it('cancels a request that is resting', async () => {
      const { scheduler, callback } = await afterOneRun(10);
      scheduler.cancel(scheduler.request(callback));
      clock += 100;
      vi.advanceTimersByTime(FRAME_FALLBACK_MS + REST_PER_RUN * 10);
      paint();
      expect(callback).toHaveBeenCalledTimes(1);
      expect(frames.size).toBe(0);
    });
  });
});
