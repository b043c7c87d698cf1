/**
 * A real headless host serving the built renderer, on its own thread, with a fixture register on loopback: on
 * request it ingests the register (one scrape), or re-syncs it with every fine changed, recording when each case's
 * sync committed (bus time, just after the commit) so a page can be timed against it.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { createApp } from '../src/main/app/createApp';
import { readOrCreateLaunchKey } from '../src/main/app/launchKey';
import { startHttpHost } from '../src/main/transports/http/startHttpHost';
import type { Scrape } from '../src/shared/contract';
import { referenceOf, startFixtureRegister } from '../test/support/fixtureRegister';

export type CasesHostRequest = { kind: 'ingest' } | { kind: 'resync'; fineBase: number } | { kind: 'stop' };

export interface CasesHostOptions {
  rendererDir: string;
  pages: number;
  perPage: number;
  /** The scrape rate limit: pages per second (0: none). */
  requestsPerSecond: number;
  parseThread: string;
}

const options = workerData as CasesHostOptions;
const dataDir = mkdtempSync(join(tmpdir(), 'switchboard-bench-cases-'));
const app = createApp({
  dataDir,
  demo: true,
  shell: 'headless',
  cases: { requestsPerSecond: options.requestsPerSecond },
  threads: { parseCasePage: new URL(options.parseThread) },
});
const launchKey = readOrCreateLaunchKey(dataDir);
const host = await startHttpHost(app, { port: 0, websocket: true, launchKey, rendererDir: options.rendererDir });
const actor = app.authenticate(readFileSync(join(dataDir, 'tokens', 'acme.token'), 'utf8').trim())!;
const register = await startFixtureRegister({ pages: options.pages, perPage: options.perPage });
const source = (await app.kernel.registry.run('sources.add', { name: 'bench register', url: register.url, format: 'html-table' }, { actor })) as { id: number };
const now = () => performance.timeOrigin + performance.now();

async function scrape(): Promise<number> {
  const start = performance.now();
  const started = (await app.kernel.registry.run('scrapes.start', { sourceId: source.id }, { actor })) as Scrape;
  for (;;) {
    const scrape = app.kernel.registry.load('scrapes.get', { id: started.id }, actor).data as Scrape;
    if (scrape.status === 'completed') return (performance.now() - start) / 1000;
    if (scrape.status !== 'running' && scrape.status !== 'queued') throw new Error(`bench scrape ${scrape.status}: ${scrape.failure}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

parentPort!.on('message', async (message: CasesHostRequest) => {
  if (message.kind === 'ingest') {
    const seconds = await scrape();
    parentPort!.postMessage({ kind: 'ingested', seconds });
    return;
  }
  if (message.kind === 'resync') {
    // Every case gets a new fine (`fineBase + n`), so a window can tell the synced value from the old one.
    let n = 0;
    for (let page = 1; page <= options.pages; page++) {
      for (let row = 1; row <= options.perPage; row++) register.setFine(referenceOf(page, row), `£${message.fineBase + n++}`);
    }
    const committed: [reference: string, at: number, fine: number | null][] = [];
    const stop = app.kernel.bus.subscribe('case:synced', (event) => void committed.push([event.payload.case.reference, now(), event.payload.case.fine]));
    const seconds = await scrape();
    stop();
    parentPort!.postMessage({ kind: 'resynced', seconds, committed });
    return;
  }
  await register.close();
  await host.close();
  app.dispose();
  rmSync(dataDir, { recursive: true, force: true });
  parentPort!.postMessage({ kind: 'stopped' });
});

parentPort!.postMessage({ kind: 'ready', url: `http://127.0.0.1:${host.port}/?launch=${launchKey}&user=alice` });
