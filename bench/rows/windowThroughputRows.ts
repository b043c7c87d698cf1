import { benchFile, fmt, type BenchRow } from '../benchRow';
import { measureWindowThroughput } from '../measureWindowThroughput';

/** How many small agent events one real window absorbs per second, and what its frames look like meanwhile. */
export const windowThroughputRows: BenchRow = {
  name: 'windowThroughput',
  async run() {
    // Half again the aim's rate, so the row shows where the window (or the host feeding it) stops, not just the aim.
    const rate = Number(process.env.BENCH_WINDOW_RATE ?? 150_000);
    const seconds = Number(process.env.BENCH_SECONDS ?? 5);
    const r = await measureWindowThroughput(benchFile('windowHostWorker.js'), rate, seconds);
    // A fleet: 10,000 agents, each in contact every 10 s. Every store update re-renders a 10,000-row view.
    const fleet = await measureWindowThroughput(benchFile('windowHostWorker.js'), 1000, seconds, 10_000);
    const busyShare = (fleet.busyMsPer1k * fleet.committedPerSec) / 1000 / 1000;
    return [
      {
        measure: `one Chromium window (#/agents) absorbing agent_seen events, ${fmt(r.events)} committed at ${fmt(r.committedPerSec)}/s`,
        switchboard: `${fmt(r.appliedPerSec)} ev/s applied, ${r.lossless ? 'no loss' : `LOSS (${r.resyncs} resyncs)`}; ${r.batches} batches, ${r.publishes} store updates`,
        baseline: `${r.framesOver16}/${r.frames} frames > 16.7 ms, ${r.framesOver50} > 50 ms (longest ${r.longestFrameMs.toFixed(0)} ms), ${r.longTasks} long tasks, heap ${r.heapMiB.toFixed(1)} MiB; main thread busy ${r.busyMsPer1k.toFixed(2)} ms per 1k events (script ${r.scriptMsPer1k.toFixed(2)})`,
        target: '≥ 100k ev/s, no loss, no frame > 50 ms',
        values: { ...r, lossless: r.lossless ? 1 : 0 },
      },
      {
        measure: `the same window with 10,000 agents, ${fmt(fleet.committedPerSec)} contacts/s (each agent every 10 s), ${fmt(fleet.events)} events`,
        switchboard: `main thread busy ${(busyShare * 100).toFixed(0)} % (script ${((fleet.scriptMsPer1k * fleet.committedPerSec) / 1e6 * 100).toFixed(0)} %); ${fleet.lossless ? 'no loss' : `LOSS (${fleet.resyncs} resyncs)`}, ${fleet.publishes} store updates`,
        baseline: `${fleet.framesOver16}/${fleet.frames} frames > 16.7 ms, ${fleet.framesOver50} > 50 ms (longest ${fleet.longestFrameMs.toFixed(0)} ms), ${fleet.longTasks} long tasks, heap ${fleet.heapMiB.toFixed(1)} MiB`,
        target: 'reported',
        values: { ...fleet, lossless: fleet.lossless ? 1 : 0, busyShare },
      },
    ];
  },
};
