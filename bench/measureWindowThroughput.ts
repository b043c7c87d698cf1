/**
 * Throughput into one real window: the host streams `agent_seen` contacts (one write per 5 ms tick) while the app
 * shows #/agents in a bare Chromium page, with the demo's few agents or a fleet registered first. The store probe
 * shows every batch the agents replica applied; a frame watch records each animation frame, long tasks and the heap.
 * Zero loss means the replica reached the last committed seq without ever leaving `live` (a host outbox overflow
 * would have sent it back to a snapshot).
 */
import { startWindowHost } from './startWindowHost';
import { launchBareChromium } from './support/bareChromium';
import { clearSamples, probeState, readSamples, startFrameWatchScript, stopFrameWatch, storeProbeScript, type FrameWatch, type PageSamples } from './support/pageScripts';

export interface WindowThroughputResult {
  events: number;
  /** Committed by the host per second (its own pace, one write per tick). */
  committedPerSec: number;
  /** Applied by the window per second, from the first commit to the last event applied. */
  appliedPerSec: number;
  lossless: boolean;
  /** Times the replica went back to a snapshot (the host dropped its queue and asked it to resync). */
  resyncs: number;
  /** Delta batches the agents replica applied, and how often its store told the view (once per frame at most). */
  batches: number;
  publishes: number;
  frames: number;
  framesOver16: number;
  framesOver50: number;
  longestFrameMs: number;
  longTasks: number;
  heapMiB: number;
  /** The page's main thread, busy (tasks) and running script, in ms per 1,000 events applied. */
  busyMsPer1k: number;
  scriptMsPer1k: number;
}

const now = () => performance.timeOrigin + performance.now();

/** `agents`: how many agents the organization has (the demo's few unless more are registered first). */
export async function measureWindowThroughput(workerUrl: URL, rate: number, seconds: number, agents = 0): Promise<WindowThroughputResult> {
  const host = startWindowHost(workerUrl);
  const { port, launchKey } = (await host.next('ready')) as { port: number; launchKey: string };
  if (agents > 0) {
    host.post({ kind: 'seed', agents });
    await host.next('seeded');
  }
  const chromium = await launchBareChromium();
  try {
    const page = await chromium.open(`http://127.0.0.1:${port}/?launch=${launchKey}&user=bob#/agents`, { init: storeProbeScript('agents.list') });
    await page.waitFor(`${probeState}.live`, 30_000);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await page.evaluate(clearSamples);
    await page.evaluate(startFrameWatchScript);
    const before = await page.metrics();
    const started = now();
    host.post({ kind: 'stream', rate, seconds });
    const done = (await host.next('done')) as { head: number; written: number; ms: number };
    await page.waitFor(`${probeState}.seq >= ${done.head}`, 30_000, 20);
    const samples = await page.evaluate<PageSamples>(readSamples);
    const watch = await page.evaluate<FrameWatch>(stopFrameWatch);
    const after = await page.metrics();
    const per1k = (name: string) => ((after[name]! - before[name]!) * 1000) / (done.written / 1000);
    let lastApplied = started;
    let resyncs = 0;
    for (let i = 0; i < samples.applied.length; i += 3) {
      if (samples.applied[i + 2] !== 1 && samples.applied[i - 1] === 1) resyncs++;
      lastApplied = samples.applied[i]!;
    }
    await page.close();
    return {
      events: done.written,
      committedPerSec: done.written / (done.ms / 1000),
      appliedPerSec: done.written / ((lastApplied - started) / 1000),
      lossless: resyncs === 0 && (samples.applied.at(-2) ?? 0) >= done.head,
      resyncs,
      batches: samples.applied.length / 3,
      publishes: samples.published.length / 2,
      frames: watch.frames.length,
      framesOver16: watch.frames.filter((f) => f > 1000 / 60 + 0.5).length,
      framesOver50: watch.frames.filter((f) => f > 50).length,
      longestFrameMs: Math.max(0, ...watch.frames),
      longTasks: watch.longTasks.length,
      heapMiB: watch.heapBytes / 2 ** 20,
      busyMsPer1k: per1k('TaskDuration'),
      scriptMsPer1k: per1k('ScriptDuration'),
    };
  } finally {
    await chromium.close();
    await host.stop();
  }
}
