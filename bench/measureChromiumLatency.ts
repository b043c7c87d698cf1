/**
 * Commit-to-window latency in real Chromium pages (bare CDP, no Playwright instrumentation), beside the raw `ws`
 * floor to the same pages. Floor: bench/rawWsWorker sends stamped events; a tiny page served here parses and stamps
 * each one. Switchboard: bench/windowHostWorker commits agent changes as bench/hostWorker does and stamps each seq;
 * the real app (#/agents as bob)
 * reports each change its agents store applied through the store probe, and each event's latency is taken then.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Worker } from 'node:worker_threads';
import { percentile } from './benchRow';
import type { LatencyResult } from './measureLatency';
import { startWindowHost } from './startWindowHost';
import { launchBareChromium, type BareChromium, type BarePage } from './support/bareChromium';
import { coresBetween, type CpuSeconds } from './support/processCpu';
import { indexSpans, longestHundredth, overlapsAny, spanLengths } from './support/spans';
import { answerOf } from './support/workerAnswer';
import { clearSamples, probeState, rawFloorScript, readFloor, readSamples, startRenderWatchScript, stopRenderWatch, storeProbeScript, type PageSamples } from './support/pageScripts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Cores the run used: Chromium's processes by kind, and this process (the host's thread and the driver, idle then). */
export interface RunCores {
  renderers: number;
  network: number;
  gpu: number;
  browser: number;
  bench: number;
}

/** Starts counting CPU for a run; the answer reads the cores used since (undefined where /proc is absent). */
function countCores(chromium: BareChromium): () => RunCores | undefined {
  const [chromiumBefore, benchBefore, started] = [chromium.cpu(), process.cpuUsage(), performance.now()];
  return () => {
    const seconds = (performance.now() - started) / 1000;
    const chromiumAfter = chromium.cpu();
    if (!chromiumBefore || !chromiumAfter) return undefined;
    const used: CpuSeconds = coresBetween(chromiumBefore, chromiumAfter, seconds);
    const bench = process.cpuUsage(benchBefore);
    return { renderers: used.renderer, network: used.network, gpu: used.gpu, browser: used.browser + used.other, bench: (bench.user + bench.system) / 1e6 / seconds };
  };
}

export type CountedResult<R extends LatencyResult = LatencyResult> = R & { cores: RunCores | undefined };

const summarize = (clients: number, rate: number, latencies: number[]): LatencyResult => {
  const sorted = latencies.sort((a, b) => a - b);
  return { clients, rate, events: sorted.length, p50: percentile(sorted, 0.5), p99: percentile(sorted, 0.99), max: sorted.at(-1) ?? NaN };
};

/** The floor: the raw ws server's stamped events, parsed and stamped by a bare page script. */
async function measureFloor(chromium: BareChromium, workerUrl: URL, pageCounts: number[], rate: number, seconds: number): Promise<CountedResult[]> {
  const worker = new Worker(workerUrl);
  const next = (kind: string) => answerOf(worker, kind);
  const { port: wsPort } = (await next('ready')) as { port: number };
  const page = createServer((_, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>ws floor</title>'));
  await new Promise<void>((resolve) => page.listen(0, '127.0.0.1', resolve));
  const pageUrl = `http://127.0.0.1:${(page.address() as AddressInfo).port}/`;
  const results: CountedResult[] = [];
  for (const count of pageCounts) {
    const pages = await Promise.all(Array.from({ length: count }, () => chromium.open(pageUrl)));
    await Promise.all(pages.map((p) => p.evaluate(rawFloorScript(`ws://127.0.0.1:${wsPort}`))));
    const cores = countCores(chromium);
    worker.postMessage({ kind: 'run', rate, seconds });
    await next('done');
    const used = cores();
    await sleep(300);
    const latencies = (await Promise.all(pages.map((p) => p.evaluate<number[]>(readFloor)))).flat();
    await Promise.all(pages.map((p) => p.close()));
    results.push({ ...summarize(count, rate, latencies), cores: used });
  }
  worker.postMessage({ kind: 'stop' });
  await next('stopped');
  await worker.terminate();
  await new Promise((resolve) => page.close(resolve));
  return results;
}

/**
 * Each stamped seq a page reached, from the seq it had before the run: its commit time and when the page first
 * reached it, as flat pairs. `step` is 3 for the applied triples (time, seq, status: live only) and 2 for the
 * published pairs (time, seq).
 */
function spansOf(samples: number[], step: 2 | 3, fromSeq: number, commitTimes: Float64Array): number[] {
  const out: number[] = [];
  let seq = fromSeq;
  for (let i = 0; i < samples.length; i += step) {
    const [at, upTo] = [samples[i]!, samples[i + 1]!];
    if ((step === 3 && samples[i + 2] !== 1) || upTo <= seq) continue;
    for (let s = seq + 1; s <= upTo; s++) if (commitTimes[s]) out.push(commitTimes[s]!, at);
    seq = upTo;
  }
  return out;
}

/** How the slowest 1% of events met the pages' renders: the share whose way in overlapped one, and their length. */
export interface RenderOverlap {
  /** Of the slowest 1%, and of all events: the share a render overlapped (commit → applied). */
  duringRender: { slowest: number; all: number };
  /** Renders the pages ran during the run (frames, and hidden pages' timed ones), and the length of each (ms). */
  renders: { count: number; p50: number; p99: number };
}

/** `pages`: each page's event spans (commit, applied pairs) and its renders' spans (start, end pairs). */
function renderOverlap(pages: { events: number[]; renders: number[] }[]): RenderOverlap {
  const events: number[] = [];
  const overlapped: boolean[] = [];
  const lengths: number[] = [];
  for (const page of pages) {
    const renders = indexSpans(page.renders);
    lengths.push(...spanLengths(page.renders));
    for (let i = 0; i < page.events.length; i += 2) {
      events.push(page.events[i]!, page.events[i + 1]!);
      overlapped.push(overlapsAny(renders, page.events[i]!, page.events[i + 1]!));
    }
  }
  const slowest = longestHundredth(events);
  const all = overlapped.filter(Boolean).length / Math.max(1, overlapped.length);
  lengths.sort((a, b) => a - b);
  return {
    duringRender: { slowest: slowest.filter((i) => overlapped[i]).length / slowest.length, all },
    renders: { count: lengths.length, p50: percentile(lengths, 0.5), p99: percentile(lengths, 0.99) },
  };
}

async function openApp(chromium: BareChromium, url: string): Promise<{ page: BarePage; seq: number }> {
  const page = await chromium.open(url, { init: storeProbeScript('agents.list') });
  await page.waitFor(`${probeState}.live`, 30_000);
  await sleep(200); // let boot-time work (other views, presence) settle
  const { seq } = await page.evaluate<{ seq: number }>(probeState);
  await page.evaluate(clearSamples);
  return { page, seq };
}

/** Commit → the store applied it (the row's figure) and → the store told the view, at the next frame. */
export interface WindowLatencyResult extends LatencyResult {
  toldP50: number;
  toldP99: number;
  renders: RenderOverlap;
}

async function measureSwitchboard(chromium: BareChromium, workerUrl: URL, pageCounts: number[], rate: number, seconds: number): Promise<CountedResult<WindowLatencyResult>[]> {
  const commitTimes = new Float64Array(new SharedArrayBuffer(8 * (rate * seconds * pageCounts.length + 10_000)));
  const host = startWindowHost(workerUrl, { commitTimes });
  const { port, launchKey } = (await host.next('ready')) as { port: number; launchKey: string };
  const url = `http://127.0.0.1:${port}/?launch=${launchKey}&user=bob#/agents`;
  const results: CountedResult<WindowLatencyResult>[] = [];
  for (const count of pageCounts) {
    const pages = await Promise.all(Array.from({ length: count }, () => openApp(chromium, url)));
    await Promise.all(pages.map(({ page }) => page.evaluate(startRenderWatchScript)));
    const cores = countCores(chromium);
    host.post({ kind: 'run', rate, seconds });
    const { head } = (await host.next('done')) as { head: number };
    const used = cores();
    await Promise.all(pages.map(({ page }) => page.waitFor(`${probeState}.seq >= ${head}`, 10_000).catch(() => undefined)));
    const latencies: number[] = [];
    const told: number[] = [];
    const overlaps: { events: number[]; renders: number[] }[] = [];
    for (const { page, seq } of pages) {
      const samples = await page.evaluate<PageSamples>(readSamples);
      const applied = spansOf(samples.applied, 3, seq, commitTimes);
      latencies.push(...spanLengths(applied));
      told.push(...spanLengths(spansOf(samples.published, 2, seq, commitTimes)));
      overlaps.push({ events: applied, renders: await page.evaluate<number[]>(stopRenderWatch) });
    }
    await Promise.all(pages.map(({ page }) => page.close()));
    const toldAt = summarize(count, rate, told);
    results.push({ ...summarize(count, rate, latencies), toldP50: toldAt.p50, toldP99: toldAt.p99, renders: renderOverlap(overlaps), cores: used });
  }
  await host.stop();
  return results;
}

export async function measureChromiumLatency(
  urls: { rawWs: URL; host: URL },
  pageCounts: number[],
  rate: number,
  seconds: number,
): Promise<{ floor: CountedResult[]; switchboard: CountedResult<WindowLatencyResult>[] }> {
  const chromium = await launchBareChromium();
  try {
    const floor = await measureFloor(chromium, urls.rawWs, pageCounts, rate, seconds);
    const switchboard = await measureSwitchboard(chromium, urls.host, pageCounts, rate, seconds);
    return { floor, switchboard };
  } finally {
    await chromium.close();
  }
}
