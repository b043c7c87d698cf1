import { fmt, type BenchRow } from '../benchRow';
import { measureCasesScroll, type FrameFigures } from '../measureCasesScroll';

const frameValues = ({ reachedEnd, ...f }: FrameFigures): Record<string, number> => ({ ...f, reachedEnd: Number(reachedEnd) });

/** `toEnd`: the run was meant to reach the table's end (the fling), so say when it did not. */
const frames = (f: FrameFigures, toEnd = false) =>
  `${f.frames} frames in ${f.seconds.toFixed(1)} s${toEnd && !f.reachedEnd ? ' (did not reach the end)' : ''}: p50 ${f.p50.toFixed(1)} / p99 ${f.p99.toFixed(1)} ms, ` +
  `${f.over16} > 16.7 ms, ${f.over50} > 50 ms, ${f.longTasks} long tasks (longest ${f.longestTask.toFixed(0)} ms)`;

export const casesScrollRows: BenchRow = {
  name: 'casesScroll',
  async run() {
    const s = await measureCasesScroll(process.cwd(), Number(process.env.BENCH_SCROLL_CASES ?? 100_000));
    return [
      {
        measure: `#/cases at ${fmt(s.cases)} cases (bare Chromium): search typed → its row painted, in the page (${s.searches} searches, 150 ms debounce included)`,
        switchboard: `p50 ${s.searchP50.toFixed(0)} ms / p99 ${s.searchP99.toFixed(0)} ms`,
        target: '< 100 ms after the debounce',
        values: { cases: s.cases, ingestSeconds: s.ingestSeconds, searchP50: s.searchP50, searchP99: s.searchP99 },
      },
      {
        measure: `#/cases: fling top to bottom (${fmt(s.cases)} rows in ~600 frames)`,
        switchboard: frames(s.fling, true),
        baseline: `floor (static page, same fling): ${frames(s.floor, true)}`,
        ratio: `${s.fling.over50} vs ${s.floor.over50} frames > 50 ms`,
        target: '60 fps: no frame > 50 ms, no long task',
        values: { ...frameValues(s.fling), ...Object.fromEntries(Object.entries(frameValues(s.floor)).map(([k, v]) => [`floor${k[0]!.toUpperCase()}${k.slice(1)}`, v])) },
      },
      {
        measure: '#/cases: reading pace from the top (2 rows a frame for 600 frames, pages fetched as reached)',
        switchboard: frames(s.reading),
        target: '60 fps: no frame > 50 ms, no long task',
        values: frameValues(s.reading),
      },
    ];
  },
};
