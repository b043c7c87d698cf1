/**
 * Scripts the bench runs inside Chromium pages (bareChromium), as source text. They keep their samples in
 * `globalThis.__bench` and are read back once; every time is `performance.timeOrigin + performance.now()`, the
 * clock the host's commit stamps use.
 */

// The page's own, declared here because the bench type-checks against Node's globals, not the DOM's.
declare const requestAnimationFrame: (callback: (at: number) => void) => number;

/** What a page's `__bench` holds, as read back by `evaluate`. */
export interface PageSamples {
  /** Flat triples: time, seq, status (0 loading, 1 live, 2 stale, 3 error), one per change the view's replica applied. */
  applied: number[];
  /** Flat pairs: time, seq, one per frame the view's store told its readers. */
  published: number[];
}

function installStoreProbe(view: string) {
  const statuses: Record<string, number> = { loading: 0, live: 1, stale: 2, error: 3 };
  const now = () => performance.timeOrigin + performance.now();
  const bench = { applied: [] as number[], published: [] as number[] };
  Object.assign(globalThis, {
    __bench: bench,
    __switchboardStoreProbe: {
      applied(name: string, status: string, seq: number) {
        if (name === view) bench.applied.push(now(), seq, statuses[status] ?? 3);
      },
      published(name: string, _status: string, seq: number) {
        if (name === view) bench.published.push(now(), seq);
      },
    },
  });
}

/** Installed before the app boots: the app's replica stores report to it (src/renderer/src/stores/storeProbe.ts). */
export const storeProbeScript = (view: string) => `(${installStoreProbe.toString()})(${JSON.stringify(view)});`;

/** The view's replica state as the probe last heard it: `{ seq, live }`. */
export const probeState = `(() => { const a = globalThis.__bench?.applied ?? []; return { seq: a.at(-2) ?? 0, live: a.at(-1) === 1 }; })()`;

/** Empties the probe's samples (after boot, before a measured run). */
export const clearSamples = `(() => { globalThis.__bench.applied.length = 0; globalThis.__bench.published.length = 0; return true; })()`;

export const readSamples = `({ applied: globalThis.__bench.applied, published: globalThis.__bench.published })`;

function startFrameWatch() {
  const frames: number[] = [];
  const longTasks: number[] = [];
  let last = performance.now();
  let running = true;
  const tick = (at: number) => {
    frames.push(at - last);
    last = at;
    if (running) requestAnimationFrame(tick);
  };
  requestAnimationFrame((at) => {
    last = at;
    requestAnimationFrame(tick);
  });
  const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => longTasks.push(e.duration)));
  // A browser entry type Node's typings do not list.
  observer.observe({ type: 'longtask' } as never);
  Object.assign(globalThis, {
    __stopFrameWatch() {
      running = false;
      observer.disconnect();
      const memory = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
      return { frames, longTasks, heapBytes: memory?.usedJSHeapSize ?? NaN };
    },
  });
  return true;
}

function startRenderWatch() {
  // Each frame's work, from its first animation-frame callback (this one, registered during the frame before, runs
  // ahead of any the app asks for meanwhile) to the first task after it: no task runs until the frame's style,
  // layout and paint are done, so an event that reaches the page in between waits for them. A hidden page draws no
  // frames: its stores tell their readers on a timer instead, and that render runs from the store probe's
  // `published` to the next task.
  const spans: number[] = [];
  const now = () => performance.timeOrigin + performance.now();
  // The page's MessageChannel (Node's typings describe Node's, which has no `onmessage`).
  const after = new MessageChannel() as unknown as { port1: { onmessage: () => void }; port2: { postMessage(value: null): void } };
  let began = 0;
  let open = false;
  let running = true;
  after.port1.onmessage = () => {
    spans.push(began, now());
    open = false;
  };
  const begin = () => {
    if (open) return;
    open = true;
    began = now();
    after.port2.postMessage(null);
  };
  const frame = () => {
    if (!running) return;
    begin();
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  const probe = (globalThis as { __switchboardStoreProbe?: { published?: (...args: unknown[]) => void } }).__switchboardStoreProbe;
  const published = probe?.published;
  const page = globalThis as unknown as { document: { hidden: boolean } };
  if (probe && published) {
    probe.published = (...args) => {
      published(...args);
      if (running && page.document.hidden) begin();
    };
  }
  Object.assign(globalThis, {
    __stopRenderWatch() {
      running = false;
      return spans;
    },
  });
  return true;
}

/** Records the work of each frame (or, in a hidden page, each timed render) as a [start, end] pair until `stopRenderWatch`. */
export const startRenderWatchScript = `(${startRenderWatch.toString()})()`;
export const stopRenderWatch = `globalThis.__stopRenderWatch()`;

/** Records every animation frame's duration and every long task until `stopFrameWatch`. */
export const startFrameWatchScript = `(${startFrameWatch.toString()})()`;
export const stopFrameWatch = `globalThis.__stopFrameWatch()`;
export interface FrameWatch {
  frames: number[];
  longTasks: number[];
  heapBytes: number;
}

function rawFloorPage(wsUrl: string) {
  const samples: number[] = [];
  const socket = new WebSocket(wsUrl);
  socket.onmessage = (message) => {
    const event = JSON.parse(String(message.data)) as { at: number };
    samples.push(performance.timeOrigin + performance.now() - event.at);
  };
  Object.assign(globalThis, { __floor: samples });
  return new Promise<boolean>((resolve) => (socket.onopen = () => resolve(true)));
}

/** The raw floor's page script: a bare WebSocket that stamps each event after parsing it, as the Node floor does. */
export const rawFloorScript = (wsUrl: string) => `(${rawFloorPage.toString()})(${JSON.stringify(wsUrl)})`;
export const readFloor = `globalThis.__floor`;
