/**
 * Runs a real headless host (kernel, contexts, WebSocket transport, the built renderer when asked to serve windows)
 * on its own event loop, and on request commits
 * agent changes at a steady rate, stamping each seq's commit time into shared memory for the clients to read.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { createApp } from '../src/main/app/createApp';
import { readOrCreateLaunchKey } from '../src/main/app/launchKey';
import type { OrganizationSeed } from '../src/main/contexts/accounts';
import type { QueueSettings } from '../src/main/contexts/queue';
import { stageProbe } from '../src/main/kernel/stageProbe';
import { startHttpHost } from '../src/main/transports/http/startHttpHost';
import { createHostStageProbe } from './stageBreakdown';
import { watchGcPauses } from './support/gcPauses';

const { commitTimes, queue, rendererDir, organizations, stageTimes } = workerData as {
  commitTimes: Float64Array;
  queue?: QueueSettings;
  rendererDir?: string;
  organizations?: OrganizationSeed[];
  stageTimes?: Float64Array;
};
// Only a breakdown run stamps stages: the latency rows beside the floor run without a probe.
const probe = stageTimes ? createHostStageProbe(stageTimes) : undefined;
stageProbe.current = probe;
// A breakdown run also tells which slow events a GC pause on this thread held up.
const gcPauses = probe ? watchGcPauses() : undefined;
const dataDir = mkdtempSync(join(tmpdir(), 'switchboard-bench-'));
const app = createApp({ dataDir, demo: true, shell: 'headless', ...(queue ? { queue } : {}), ...(organizations ? { organizations } : {}) });
// Gated like the real headless host, so clients pay what a window pays.
const launchKey = readOrCreateLaunchKey(dataDir);
const host = await startHttpHost(app, { port: 0, websocket: true, launchKey, ...(rendererDir ? { rendererDir } : {}) });
const actor = app.authenticate(readFileSync(join(dataDir, 'tokens', 'acme.token'), 'utf8').trim())!;
const agents = (app.kernel.registry.load('agents.list', {}, actor).data as { uuid: string }[]).map((a) => a.uuid);
const now = () => performance.timeOrigin + performance.now();
// The clock starts when the commit is published, before any window is sent it (first subscriber, so first called):
// a stamp after run() returns could land after a fast client already has the event.
const stopStamping = app.kernel.bus.subscribe('agents:updates:acme', (event) => void (commitTimes[event.seq] = now()));

type Message =
  | { kind: 'run'; rate: number; seconds: number }
  | { kind: 'schedule'; command: string }
  | { kind: 'fanout'; orgId: string; title: string }
  | { kind: 'notify'; orgId: string; user: string; title: string }
  | { kind: 'probeReset' }
  | { kind: 'gcPauses' }
  | { kind: 'stop' };

const actorOf = (orgId: string) => app.authenticate(readFileSync(join(dataDir, 'tokens', `${orgId}.token`), 'utf8').trim())!;

/** One alert to every user of `orgId`, each through the command a REST call runs; each row's commit time stamped. */
async function fanOut(orgId: string, title: string) {
  const org = actorOf(orgId);
  const users = app.listUsers().filter((u) => u.orgId === orgId);
  const startedAt = now();
  for (const user of users) {
    await app.kernel.registry.run('notifications.send', { user: user.id, type: 'alert', title }, { actor: org });
    commitTimes[app.kernel.log.head()] = now();
  }
  return { kind: 'fannedOut', rows: users.length, startedAt, endedAt: now(), head: app.kernel.log.head() };
}

parentPort!.on('message', async (message: Message) => {
  if (message.kind === 'schedule') {
    const job = (await app.kernel.registry.run('jobs.schedule', { name: 'bench console', command: message.command }, { actor })) as { id: number };
    parentPort!.postMessage({ kind: 'scheduled', jobId: job.id });
    return;
  }
  if (message.kind === 'fanout') {
    parentPort!.postMessage(await fanOut(message.orgId, message.title));
    return;
  }
  if (message.kind === 'notify') {
    await app.kernel.registry.run('notifications.send', { user: message.user, type: 'alert', title: message.title }, { actor: actorOf(message.orgId) });
    const committedAt = now();
    parentPort!.postMessage({ kind: 'notified', seq: app.kernel.log.head(), committedAt });
    return;
  }
  if (message.kind === 'probeReset') {
    probe?.reset();
    gcPauses?.take();
    parentPort!.postMessage({ kind: 'probeReset' });
    return;
  }
  if (message.kind === 'gcPauses') {
    // Node reports a pause on a later turn: let the last ones of the run arrive.
    await new Promise((resolve) => setTimeout(resolve, 50));
    parentPort!.postMessage({ kind: 'gcPauses', pauses: gcPauses?.take() ?? [] });
    return;
  }
  if (message.kind === 'stop') {
    stopStamping();
    gcPauses?.stop();
    await host.close();
    app.dispose();
    rmSync(dataDir, { recursive: true, force: true });
    parentPort!.postMessage({ kind: 'stopped' });
    return;
  }
  const perTick = Math.max(1, Math.round(message.rate / 200)); // every 5 ms
  const total = message.rate * message.seconds;
  let written = 0;
  let flip = false;
  const timer = setInterval(() => {
    for (let i = 0; i < perTick && written < total; i++, written++) {
      const uuid = agents[written % agents.length]!;
      flip = !flip;
      probe?.starting(now());
      void app.kernel.registry.run(flip ? 'agents.disable' : 'agents.enable', { uuid }, { actor });
    }
    if (written >= total) {
      clearInterval(timer);
      parentPort!.postMessage({ kind: 'done', head: app.kernel.log.head() });
    }
  }, 5);
});

parentPort!.postMessage({ kind: 'ready', port: host.port, head: app.kernel.log.head(), dataDir, launchKey });
