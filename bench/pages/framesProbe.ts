/**
 * A page script for bare Chromium pages: records every rAF interval, every long task (PerformanceObserver
 * 'longtask') and the JS heap once a second into `window.__framesProbe`, from `start()` until read. Plain ES2020
 * in a string, so it runs in the page as written (nothing of the bench bundle leaks in).
 */

/** What the probe answers when read. */
export interface FramesReading {
  /** rAF intervals in ms, in order. */
  intervals: number[];
  longTasks: number[];
  heapStart: number;
  heapPeak: number;
  heapEnd: number;
  ms: number;
}

/** Starts (or restarts) the probe in the page. */
export const startFramesProbe = `(() => {
  const old = window.__framesProbe;
  if (old) old.stop();
  const heap = () => (performance.memory ? performance.memory.usedJSHeapSize : NaN);
  const probe = { intervals: [], longTasks: [], heapStart: heap(), heapPeak: heap(), startedAt: performance.now(), running: true };
  let last = performance.now();
  const frame = (t) => {
    if (!probe.running) return;
    probe.intervals.push(t - last);
    last = t;
    requestAnimationFrame(frame);
  };
  requestAnimationFrame((t) => { last = t; requestAnimationFrame(frame); });
  const observer = new PerformanceObserver((list) => { for (const e of list.getEntries()) probe.longTasks.push(e.duration); });
  observer.observe({ type: 'longtask' });
  const sampler = setInterval(() => { probe.heapPeak = Math.max(probe.heapPeak, heap()); }, 1000);
  probe.stop = () => { probe.running = false; observer.disconnect(); clearInterval(sampler); };
  window.__framesProbe = probe;
  return true;
})()`;

/** Stops the probe and answers its samples. */
export const readFramesProbe = `(() => {
  const p = window.__framesProbe;
  p.stop();
  const end = performance.memory ? performance.memory.usedJSHeapSize : NaN;
  return { intervals: p.intervals, longTasks: p.longTasks, heapStart: p.heapStart, heapPeak: Math.max(p.heapPeak, end), heapEnd: end, ms: performance.now() - p.startedAt };
})()`;

/** Frames whose interval passed `ms` (a 60 Hz frame is 16.7 ms). */
export const framesOver = (intervals: number[], ms: number) => intervals.filter((i) => i > ms).length;
