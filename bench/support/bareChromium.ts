/**
 * Debian's Chromium driven through a bare CDP target: only the Runtime domain is used (never Network), so
 * WebSocket frames reach the page at full speed — Playwright's instrumentation reports every frame and halves it.
 * Pages are opened by URL; measurements run as page scripts that keep their own samples and are read back once.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { groupCpu, type CpuSeconds } from './processCpu';

export interface BarePage {
  /** Evaluates an expression in the page (awaiting a promise it returns) and answers its JSON value. */
  evaluate<T>(expression: string): Promise<T>;
  /** Resolves when the expression is truthy in the page, polling every `everyMs`. */
  waitFor(expression: string, timeoutMs?: number, everyMs?: number): Promise<void>;
  reload(): Promise<void>;
  /** Makes it the visible tab: only the visible one gets animation frames, as only a visible window does. */
  bringToFront(): Promise<void>;
  /** The renderer's own counters (CDP Performance domain): TaskDuration and ScriptDuration in seconds, JSHeapUsedSize, … */
  metrics(): Promise<Record<string, number>>;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** A script run in every document of the page before its own scripts (a probe the app calls if it finds it). */
  init?: string;
}

export interface BareChromium {
  open(url: string, options?: OpenOptions): Promise<BarePage>;
  /** CPU seconds its processes (browser, renderers, network service, GPU) used so far, by kind (Linux only). */
  cpu(): CpuSeconds | undefined;
  close(): Promise<void>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function devToolsPort(profile: string, child: ChildProcess): Promise<number> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`chromium exited with ${child.exitCode} before listening`);
    try {
      return Number(readFileSync(join(profile, 'DevToolsActivePort'), 'utf8').split('\n')[0]);
    } catch {
      await sleep(50);
    }
  }
  throw new Error('chromium did not open its DevTools port within 15 s');
}

export interface BareChromiumOptions {
  /** Pages see `prefers-reduced-motion: reduce` (the app then stops its spinners and transitions). */
  reducedMotion?: boolean;
}

export async function launchBareChromium(executable = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', options: BareChromiumOptions = {}): Promise<BareChromium> {
  const profile = mkdtempSync(join(tmpdir(), 'switchboard-bench-chromium-'));
  const child = spawn(
    executable,
    [
      '--headless=new',
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-dev-shm-usage',
      // As Playwright launches it: the bench only loads the host's own pages, and CI runs as root.
      '--no-sandbox',
      // A background page must not be throttled: every bench page is "in the background" of a headless browser.
      '--disable-background-timer-throttling',
      '--disable-renderer-backgrounding',
      '--disable-backgrounding-occluded-windows',
      ...(options.reducedMotion ? ['--force-prefers-reduced-motion'] : []),
      'about:blank',
    ],
    // Its own process group, so closing ends its helper processes too (they write the profile until they die).
    { stdio: 'ignore', detached: true },
  );
  const port = await devToolsPort(profile, child);
  const http = `http://127.0.0.1:${port}`;

  async function open(url: string, options: OpenOptions = {}): Promise<BarePage> {
    // The page starts blank and is navigated once attached: an init script is in place before the app's first line
    // runs, and `open` answers only once the page has loaded (evaluating earlier would run in about:blank).
    const target = (await (await fetch(`${http}/json/new?about:blank`, { method: 'PUT' })).json()) as { id: string; webSocketDebuggerUrl: string };
    const socket = new WebSocket(target.webSocketDebuggerUrl, { perMessageDeflate: false, maxPayload: 256 * 2 ** 20 });
    await new Promise<void>((resolve, reject) => socket.once('open', () => resolve()).once('error', reject));
    let nextId = 1;
    const pending = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>();
    const loadWaiters: (() => void)[] = [];
    socket.on('message', (data) => {
      const message = JSON.parse(String(data)) as { id?: number; result?: unknown; error?: { message: string }; method?: string };
      if (message.method === 'Page.loadEventFired') loadWaiters.splice(0).forEach((f) => f());
      if (message.id === undefined) return;
      const waiter = pending.get(message.id);
      pending.delete(message.id);
      if (message.error) waiter?.reject(new Error(message.error.message));
      else waiter?.resolve(message.result);
    });
    const send = (method: string, params: object = {}) =>
      new Promise<unknown>((resolve, reject) => {
        const id = nextId++;
        pending.set(id, { resolve, reject });
        socket.send(JSON.stringify({ id, method, params }));
      });
    await send('Page.enable');
    if (options.init) await send('Page.addScriptToEvaluateOnNewDocument', { source: options.init });
    const loaded = new Promise<void>((resolve) => loadWaiters.push(resolve));
    await send('Page.navigate', { url });
    await loaded;

    async function evaluate<T>(expression: string): Promise<T> {
      const answer = (await send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true })) as {
        result: { value?: T };
        exceptionDetails?: { exception?: { description?: string }; text: string };
      };
      if (answer.exceptionDetails) throw new Error(answer.exceptionDetails.exception?.description ?? answer.exceptionDetails.text);
      return answer.result.value as T;
    }

    return {
      evaluate,
      async waitFor(expression, timeoutMs = 30_000, everyMs = 50) {
        const deadline = Date.now() + timeoutMs;
        while (!(await evaluate<boolean>(`Boolean(${expression})`).catch(() => false))) {
          if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${expression}`);
          await sleep(everyMs);
        }
      },
      async metrics() {
        await send('Performance.enable');
        const { metrics } = (await send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
        return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
      },
      async bringToFront() {
        await send('Page.bringToFront');
      },
      async reload() {
        const loaded = new Promise<void>((resolve) => loadWaiters.push(resolve));
        await send('Page.reload');
        await loaded;
      },
      async close() {
        socket.close();
        await fetch(`${http}/json/close/${target.id}`).catch(() => undefined);
      },
    };
  }

  return {
    open,
    // Its helpers share the group it leads (spawned detached).
    cpu: () => groupCpu(child.pid!),
    async close() {
      const exited = new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.once('exit', resolve)));
      const signalGroup = (signal: NodeJS.Signals) => {
        try {
          process.kill(-child.pid!, signal);
        } catch {
          // The group is gone already.
        }
      };
      signalGroup('SIGTERM');
      await exited;
      signalGroup('SIGKILL');
      rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
    },
  };
}
