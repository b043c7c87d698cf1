/**
 * Reload of a big view: the host holds 10,000 agents; a bare Chromium page shows #/agents. Each round reloads the
 * page while the host commits a burst of agent contacts over 100 ms, and times from the reload to the agents replica being
 * live at (or past) the burst's last seq: snapshot plus catch-up, as the store probe reports it; and to the first
 * frame that told the view of it.
 */
import { percentile } from './benchRow';
import { startWindowHost, type WindowHost } from './startWindowHost';
import { launchBareChromium, type BareChromium } from './support/bareChromium';
import { coresBetween, type CpuSeconds } from './support/processCpu';
import { probeState, readSamples, storeProbeScript, type PageSamples } from './support/pageScripts';

export interface ReloadResult {
  rows: number;
  reloads: number;
  burst: number;
  reconciledP50: number;
  reconciledP99: number;
  paintedP50: number;
  paintedP99: number;
  /** Medians of the steps: reload → the agents store made (page load, connect, sign-in), → snapshot applied, → caught up. */
  bootP50: number;
  /** Of boot: reload → the new document's scripts ran (DOMContentLoaded). */
  documentP50: number;
  snapshotP50: number;
  catchUpP50: number;
  /** Medians of the CPU a reload used, in ms, from the reload to its first frame showing the reconciled state (undefined without /proc). */
  cpu: { renderers: number; network: number; browser: number; host: number; wall: number } | undefined;
}

/** p50 ms of the host's read of the agents list a snapshot serves: kept by the context, and from the table. */
export interface ListTimes {
  rows: number;
  kept: number;
  /** Kept, after a write of 1,000 contacts (taken from their events). */
  afterContacts: number;
  table: number;
}

const now = () => performance.timeOrigin + performance.now();
const median = (list: number[]) => percentile([...list].sort((a, b) => a - b), 0.5);

/**
 * Reloads first with the demo's few agents (the fixed cost of a reload: the peer), then with `rows` agents; and times
 * the host's read of the big list.
 */
export async function measureReload(workerUrl: URL, rows: number, reloads: number, burst: number): Promise<{ reloads: ReloadResult[]; list: ListTimes }> {
  const host = startWindowHost(workerUrl);
  const { port, launchKey } = (await host.next('ready')) as { port: number; launchKey: string };
  const chromium = await launchBareChromium();
  try {
    const results: ReloadResult[] = [];
    for (const size of [0, rows]) {
      host.post({ kind: 'seed', agents: size });
      const { agents } = (await host.next('seeded')) as { agents: number };
      results.push(await reloadRounds(chromium, `http://127.0.0.1:${port}/?launch=${launchKey}&user=bob#/agents`, host, agents, reloads, burst));
    }
    host.post({ kind: 'listTimes', rounds: 20 });
    const times = (await host.next('listTimes')) as Record<'kept' | 'afterContacts' | 'table', number[]>;
    return { reloads: results, list: { rows, kept: median(times.kept), afterContacts: median(times.afterContacts), table: median(times.table) } };
  } finally {
    await chromium.close();
    await host.stop();
  }
}

async function reloadRounds(chromium: BareChromium, url: string, host: WindowHost, agents: number, reloads: number, burst: number): Promise<ReloadResult> {
  const page = await chromium.open(url, { init: storeProbeScript('agents.list') });
  await page.waitFor(`${probeState}.live`, 60_000);
  const reconciled: number[] = [];
  const painted: number[] = [];
  const boot: number[] = [];
  const documentReady: number[] = [];
  const snapshot: number[] = [];
  const catchUp: number[] = [];
  const cpu = { renderers: [] as number[], network: [] as number[], browser: [] as number[], host: [] as number[], wall: [] as number[] };
  for (let i = 0; i < reloads; i++) {
    await new Promise((resolve) => setTimeout(resolve, 300));
    const [chromiumBefore, benchBefore] = [chromium.cpu(), process.cpuUsage()];
    const started = now();
    const reloaded = page.reload();
    // The burst commits over the reload's first 100 ms (ticks of 5 ms), so part of it may land behind the snapshot.
    host.post({ kind: 'stream', rate: burst * 10, seconds: 0.1 });
    const { head } = (await host.next('done')) as { head: number };
    await reloaded;
    // The page stamps each step itself; polling only reads them, rarely enough that the harness's own DevTools
    // calls (each one a task in the browser and the page) do not compete with the reload for the 2 cores.
    await page.waitFor(`(() => { const s = ${probeState}; return s.live && s.seq >= ${head}; })()`, 30_000, 50);
    await page.waitFor(`(globalThis.__bench.published.at(-1) ?? 0) >= ${head}`, 30_000, 50);
    countCpu(cpu, chromiumBefore, chromium.cpu(), process.cpuUsage(benchBefore), now() - started);
    const samples = await page.evaluate<PageSamples>(readSamples);
    const made = samples.applied[0]!;
    documentReady.push(
      (await page.evaluate<number>(`performance.timeOrigin + performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd`)) - started,
    );
    let live: number | undefined;
    for (let j = 0; j < samples.applied.length; j += 3) {
      if (samples.applied[j + 2] !== 1) continue;
      live ??= samples.applied[j]!;
      if (samples.applied[j + 1]! >= head) {
        reconciled.push(samples.applied[j]! - started);
        boot.push(made - started);
        snapshot.push(live - made);
        catchUp.push(samples.applied[j]! - live);
        break;
      }
    }
    for (let j = 0; j < samples.published.length; j += 2) {
      if (samples.published[j + 1]! >= head) {
        painted.push(samples.published[j]! - started);
        break;
      }
    }
  }
  await page.close();
  [reconciled, painted, boot, documentReady, snapshot, catchUp, ...Object.values(cpu)].forEach((list) => list.sort((a, b) => a - b));
  return {
    rows: agents,
    reloads,
    burst,
    reconciledP50: percentile(reconciled, 0.5),
    reconciledP99: percentile(reconciled, 0.99),
    paintedP50: percentile(painted, 0.5),
    paintedP99: percentile(painted, 0.99),
    bootP50: percentile(boot, 0.5),
    documentP50: percentile(documentReady, 0.5),
    snapshotP50: percentile(snapshot, 0.5),
    catchUpP50: percentile(catchUp, 0.5),
    cpu: cpu.wall.length === 0 ? undefined : (Object.fromEntries(Object.entries(cpu).map(([kind, list]) => [kind, percentile(list, 0.5)])) as ReloadResult['cpu']),
  };
}

/**
 * Adds one reload's CPU (ms) by kind: Chromium's renderers, network service and the rest (browser, GPU), and this
 * process (the host's thread, busy with the burst and the snapshot, and the driver); nothing without /proc.
 */
function countCpu(cpu: Record<'renderers' | 'network' | 'browser' | 'host' | 'wall', number[]>, before: CpuSeconds | undefined, after: CpuSeconds | undefined, bench: NodeJS.CpuUsage, wall: number) {
  if (!before || !after) return;
  // Cores over one millisecond: the CPU milliseconds each kind used.
  const used = coresBetween(before, after, 1 / 1000);
  cpu.renderers.push(used.renderer);
  cpu.network.push(used.network);
  cpu.browser.push(used.browser + used.gpu + used.other);
  cpu.host.push((bench.user + bench.system) / 1000);
  cpu.wall.push(wall);
}
