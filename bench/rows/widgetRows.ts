import { benchFile, fmt, type BenchRow, type Row } from '../benchRow';
import { framesOver } from '../pages/framesProbe';
import { measureWidgets } from '../measureWidgets';

const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;

/** Issue 8's widget load: many live progress widgets in one real window, beside the same page idle. */
export const widgetRows: BenchRow = {
  name: 'widgets',
  async run(): Promise<Row[]> {
    const processes = Number(process.env.BENCH_WIDGET_PROCESSES ?? 50);
    const rate = Number(process.env.BENCH_WIDGET_RATE ?? 100);
    const seconds = Number(process.env.BENCH_WIDGET_SECONDS ?? 10);
    const reducedMotion = process.env.BENCH_WIDGET_REDUCED_MOTION === '1';
    const r = await measureWidgets(process.cwd(), benchFile('hostWorker.js'), processes, rate, seconds, reducedMotion);
    const motion = reducedMotion ? ', prefers-reduced-motion' : '';
    const perSec = (n: number, ms: number) => (n / ms) * 1000;
    const over = (ms: number) => ({ load: framesOver(r.load.intervals, ms), idle: framesOver(r.idle.intervals, ms) });
    const o16 = over(16.7);
    const o50 = over(50);
    return [
      {
        measure: `widget load: ${r.processes} processes × ${r.rate} progress events/s into one window (#/workflows, bare Chromium${motion}), ${fmt(r.events)} events`,
        switchboard: `${fmt(r.eventsPerSec)} ev/s absorbed, last shown ${r.lagMs.toFixed(0)} ms after its write was due; ${r.paints} note paints; final state exact ${r.exact}/${r.processes}`,
        baseline: `offered ${fmt(r.processes * r.rate)} ev/s`,
        ratio: `${(r.eventsPerSec / (r.processes * r.rate)).toFixed(2)}x offered`,
        target: `all offered, exact ${r.processes}/${r.processes}`,
        values: { eventsPerSec: r.eventsPerSec, lagMs: r.lagMs, paints: r.paints, exact: r.exact, processes: r.processes, events: r.events },
      },
      {
        measure: `widget load${motion}: frames over 16.7 ms / over 50 ms, long tasks (${(r.load.ms / 1000).toFixed(1)} s under load; floor: same page idle ${(r.idle.ms / 1000).toFixed(1)} s)`,
        switchboard: `${o16.load} (${perSec(o16.load, r.load.ms).toFixed(1)}/s) / ${o50.load} of ${r.load.intervals.length} frames, ${r.load.longTasks.length} long tasks (max ${Math.max(0, ...r.load.longTasks).toFixed(0)} ms)`,
        baseline: `idle: ${o16.idle} (${perSec(o16.idle, r.idle.ms).toFixed(1)}/s) / ${o50.idle} of ${r.idle.intervals.length}, ${r.idle.longTasks.length} long tasks`,
        target: 'none over 50 ms',
        values: { over16: o16.load, over50: o50.load, frames: r.load.intervals.length, longTasks: r.load.longTasks.length, idleOver16: o16.idle, idleOver50: o50.idle, idleFrames: r.idle.intervals.length },
      },
      {
        measure: 'widget load: renderer JS heap (used) before / peak / after',
        switchboard: `${mib(r.load.heapStart)} / ${mib(r.load.heapPeak)} / ${mib(r.load.heapEnd)}`,
        baseline: `idle page ${mib(r.idle.heapEnd)}`,
        target: 'reported',
        values: { heapStart: r.load.heapStart, heapPeak: r.load.heapPeak, heapEnd: r.load.heapEnd, idleHeap: r.idle.heapEnd },
      },
    ];
  },
};
