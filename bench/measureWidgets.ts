/**
 * Widget load in a real window: a host (own thread) runs `processes` workflow processes at once, each a shell step
 * printing `::progress` lines at `rate`/s for `seconds`; one bare Chromium page of the real app on `#/workflows`
 * shows every process's widget. Measures, over the emission: events/s the window absorbed (all events ÷ time until
 * every widget shows the last one), frame intervals and long tasks, heap, and whether each widget ends exact. The
 * same page idle beforehand is the floor for frames. `reducedMotion` stops the page's own spinners and transitions,
 * which in headless Chromium (software rendering) take most of the main thread even while no event arrives.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFramesProbe, startFramesProbe, type FramesReading } from './pages/framesProbe';
import { readWidgetsProbe, startWidgetsProbe, type WidgetsReading } from './pages/widgetsProbe';
import { startHostWorker } from './startHostWorker';
import { launchBareChromium } from './support/bareChromium';

export interface WidgetsResult {
  processes: number;
  rate: number;
  events: number;
  eventsPerSec: number;
  /** From the last line's due time to every widget showing it. */
  lagMs: number;
  paints: number;
  exact: number;
  load: FramesReading;
  idle: FramesReading;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const now = () => performance.timeOrigin + performance.now();

export async function measureWidgets(root: string, workerUrl: URL, processes: number, rate: number, seconds: number, reducedMotion = false): Promise<WidgetsResult> {
  const count = rate * seconds;
  const host = startHostWorker(workerUrl, new Float64Array(new SharedArrayBuffer(8)), {
    queue: { queues: { workflows: processes + 5 } },
    rendererDir: join(root, 'out', 'renderer'),
  });
  const { port, dataDir, launchKey } = (await host.next('ready')) as { port: number; dataDir: string; launchKey: string };
  const scratch = mkdtempSync(join(tmpdir(), 'switchboard-bench-widgets-'));
  const go = join(scratch, 'go');
  const token = readFileSync(join(dataDir, 'tokens', 'acme.token'), 'utf8').trim();
  const call = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const res = await fetch(`http://127.0.0.1:${port}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  };
  const command = `perl "${join(root, 'bench/emitProgress.pl')}" "${go}" ${count} ${rate} 120`;
  const ids: number[] = [];
  for (let i = 1; i <= processes; i++) {
    const workflow = await call<{ id: number }>('POST', '/api/workflows', { name: `bench-widget-${i}`, steps: [{ name: 'emit', kind: 'shell', command }] });
    ids.push((await call<{ id: number }>('POST', `/api/workflows/${workflow.id}/processes`, {})).id);
  }
  const chromium = await launchBareChromium(undefined, { reducedMotion });
  try {
    const page = await chromium.open(`http://127.0.0.1:${port}/?launch=${launchKey}&user=bob#/workflows`);
    const running = `document.querySelectorAll('[data-testid="workflow-widget"][data-status="running"]').length`;
    await page.waitFor(`${running} === ${processes}`, 60_000, 200).catch(async (error: unknown) => {
      const shown = await page.evaluate<string>(`${running} + ' running widgets at ' + location.href + ': ' + document.body.innerText.slice(0, 300)`);
      throw new Error(`${String(error)} (${shown})`);
    });
    await page.evaluate(startFramesProbe);
    await sleep(3000);
    const idle = await page.evaluate<FramesReading>(readFramesProbe);
    await page.evaluate(startFramesProbe);
    await page.evaluate(startWidgetsProbe(`tick ${count}`));
    const startedAt = now();
    writeFileSync(go, '');
    await page.waitFor('window.__widgetsProbe.allFinalAt !== null', seconds * 1000 + 60_000, 250);
    const load = await page.evaluate<FramesReading>(readFramesProbe);
    const widgets = await page.evaluate<WidgetsReading>(readWidgetsProbe);
    const events = processes * count;
    const exact = widgets.widgets.filter((w) => ids.includes(w.processId) && w.note === `tick ${count}` && w.percent === '100' && w.status === 'running').length;
    await page.close();
    return {
      processes,
      rate,
      events,
      eventsPerSec: events / ((widgets.allFinalAt! - startedAt) / 1000),
      lagMs: widgets.allFinalAt! - (startedAt + seconds * 1000),
      paints: widgets.paints,
      exact,
      load,
      idle,
    };
  } finally {
    await chromium.close();
    for (const id of ids) await call('POST', `/api/processes/${id}/cancel`).catch(() => undefined);
    await host.stop();
    rmSync(scratch, { recursive: true, force: true });
  }
}
