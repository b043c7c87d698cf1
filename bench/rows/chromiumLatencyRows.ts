import { benchFile, fmt, versus, type BenchRow, type Row } from '../benchRow';
import { measureChromiumLatency, type RunCores } from '../measureChromiumLatency';
import { latencyFigures } from '../measureLatency';

const pages = (n: number) => `${n} Chromium page${n > 1 ? 's' : ''}`;
// Of the machine's cores: where the two sides differ in what they cost, and whether the run saturated it.
const cpu = (c: RunCores | undefined) =>
  c ? `; CPU ${(c.renderers + c.network + c.gpu + c.browser + c.bench).toFixed(2)} cores: pages ${c.renderers.toFixed(2)}, network ${c.network.toFixed(2)}, host ${c.bench.toFixed(2)}` : '';
const coreFigures = (c: RunCores | undefined): Record<string, number> => (c ? { cpuPages: c.renderers, cpuNetwork: c.network, cpuGpu: c.gpu, cpuBrowser: c.browser, cpuHost: c.bench } : {});

/** Commit → a real window's store, beside the raw `ws` floor to the same kind of page, in the same run. */
export const chromiumLatencyRows: BenchRow = {
  name: 'chromiumLatency',
  async run() {
    const rate = Number(process.env.BENCH_RATE ?? 1000);
    const seconds = Number(process.env.BENCH_SECONDS ?? 5);
    const { floor, switchboard } = await measureChromiumLatency({ rawWs: benchFile('rawWsWorker.js'), host: benchFile('windowHostWorker.js') }, [1, 8], rate, seconds);
    const rows: Row[] = floor.map((r) => ({
      measure: `floor: raw ws → ${pages(r.clients)} (parse, stamp) @ ${fmt(r.rate)} ev/s (${fmt(r.events)} samples)`,
      switchboard: `p50 ${r.p50.toFixed(2)} ms / p99 ${r.p99.toFixed(2)} ms`,
      baseline: `max ${r.max.toFixed(2)} ms${cpu(r.cores)}`,
      target: 'the floor',
      values: { ...latencyFigures(r), ...coreFigures(r.cores) },
    }));
    for (const r of switchboard) {
      const f = floor.find((x) => x.clients === r.clients)!;
      rows.push({
        measure: `commit→window store (#/agents, applied) → ${pages(r.clients)} @ ${fmt(r.rate)} ev/s (${fmt(r.events)} samples)`,
        switchboard: `p50 ${r.p50.toFixed(2)} ms / p99 ${r.p99.toFixed(2)} ms`,
        baseline: `max ${r.max.toFixed(2)} ms; view told (next frame) p50 ${r.toldP50.toFixed(2)} / p99 ${r.toldP99.toFixed(2)} ms${cpu(r.cores)}`,
        ratio: versus(r, f),
        target: 'p50 ≤ floor + 0.15 ms, p99 ≤ 1.5x floor',
        values: { ...latencyFigures(r), floorP50: f.p50, floorP99: f.p99, ...coreFigures(r.cores) },
      });
    }
    // Where the window's tail goes: an event that reaches a page while it renders waits for the render.
    const pct = (x: number) => `${(100 * x).toFixed(0)}%`;
    for (const r of switchboard) {
      const { duringRender, renders } = r.renders;
      rows.push({
        measure: `  slowest 1%, ${pages(r.clients)}: share whose way in (commit → applied) overlapped a render (a frame's or a hidden page's timed one, until the next task)`,
        switchboard: `${pct(duringRender.slowest)} (of all events: ${pct(duringRender.all)})`,
        baseline: `${renders.count} renders, each p50 ${renders.p50.toFixed(2)} / p99 ${renders.p99.toFixed(2)} ms`,
        target: 'reported',
        values: { clients: r.clients, duringRenderSlowest: duringRender.slowest, duringRenderAll: duringRender.all, renders: renders.count, renderP50: renders.p50, renderP99: renders.p99 },
      });
    }
    return rows;
  },
};
