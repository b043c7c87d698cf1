/**
 * The host the window rows measure: a real headless host (kernel, contexts, WebSocket, the built renderer) on its
 * own thread, or in its own process when host RSS is measured. On request it commits agent changes one command at
 * a time (stamping each seq's commit time, as bench/hostWorker does), streams `agent_seen` contacts in one write per
 * 5 ms tick (the agents context's own event and row update), or registers agents for a big view.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { createApp } from '../src/main/app/createApp';
import { createAgentRows } from '../src/main/contexts/agents/agentRows';
import { readOrCreateLaunchKey } from '../src/main/app/launchKey';
import { startHttpHost } from '../src/main/transports/http/startHttpHost';
import { agentsTopic } from '../src/shared/contract';

interface Setup {
  rendererDir: string;
  commitTimes?: Float64Array;
}
type Message =
  | { kind: 'run'; rate: number; seconds: number }
  | { kind: 'stream'; rate: number; seconds: number }
  | { kind: 'seed'; agents: number }
  | { kind: 'rss' }
  | { kind: 'listTimes'; rounds: number }
  | { kind: 'stop' };

// A worker thread gets its setup as workerData; a child process (forked for RSS) as JSON in argv.
const setup = (parentPort ? workerData : JSON.parse(process.argv[2]!)) as Setup;
const post = (message: object) => (parentPort ? parentPort.postMessage(message) : process.send!(message));
const onMessage = (listener: (m: Message) => void) => (parentPort ? parentPort.on('message', listener) : process.on('message', listener));

const dataDir = mkdtempSync(join(tmpdir(), 'switchboard-bench-window-'));
const app = createApp({ dataDir, demo: true, shell: 'headless' });
const launchKey = readOrCreateLaunchKey(dataDir);
const host = await startHttpHost(app, { port: 0, websocket: true, launchKey, rendererDir: setup.rendererDir });
const actor = app.authenticate(readFileSync(join(dataDir, 'tokens', 'acme.token'), 'utf8').trim())!;
const agentsOf = () => (app.kernel.registry.load('agents.list', {}, actor).data as { uuid: string }[]).map((a) => a.uuid);
let agents = agentsOf();
const now = () => performance.timeOrigin + performance.now();
const saveContact = app.kernel.db.prepare('UPDATE agents SET last_contact_at = ? WHERE uuid = ?');
const topic = agentsTopic.build({ org: actor.orgId });

/** Contacts from `uuids` as the agents context records them: each row and its `agent_seen` event, in one write. */
function recordContacts(uuids: readonly string[]) {
  const lastContactAt = new Date().toISOString();
  app.kernel.write(actor.ref, (emit) => {
    for (const uuid of uuids) {
      saveContact.run(lastContactAt, uuid);
      emit(topic, { type: 'agent_seen', payload: { uuid, lastContactAt } });
    }
  });
}

/**
 * Runs `tick(count)` every 5 ms until `total`, then answers `done` with the head and the time taken. Each tick
 * carries rate/200 events, or with `catchUp` those due by then at `rate`, up to twice that: a late tick carries
 * more, yet no write grows so long that the host stops reading acknowledgements.
 */
function every5ms(rate: number, seconds: number, tick: (count: number, written: number) => void, catchUp = false) {
  const perTick = Math.max(1, Math.round(rate / 200));
  const total = rate * seconds;
  const started = performance.now();
  let written = 0;
  const timer = setInterval(() => {
    const due = catchUp ? Math.min(written + 2 * perTick, Math.floor(((performance.now() - started) / 1000) * rate)) : written + perTick;
    const count = Math.min(total, Math.max(written + 1, due)) - written;
    tick(count, written);
    written += count;
    if (written >= total) {
      clearInterval(timer);
      post({ kind: 'done', head: app.kernel.log.head(), written, ms: performance.now() - started });
    }
  }, 5);
}

onMessage(async (message: Message) => {
  switch (message.kind) {
    case 'run': {
      let flip = false;
      return every5ms(message.rate, message.seconds, (count, written) => {
        for (let i = 0; i < count; i++) {
          flip = !flip;
          void app.kernel.registry.run(flip ? 'agents.disable' : 'agents.enable', { uuid: agents[(written + i) % agents.length]! }, { actor });
          // The write committed and was published synchronously inside run(); stamp its seq.
          if (setup.commitTimes) setup.commitTimes[app.kernel.log.head()] = now();
        }
      });
    }
    case 'stream': {
      // Agent contacts as the agents context records them (row and event in one write), a tick's worth per write.
      return every5ms(message.rate, message.seconds, (count, written) => {
        recordContacts(Array.from({ length: count }, (_, i) => agents[(written + i) % agents.length]!));
      }, true);
    }
    case 'seed': {
      for (let i = agents.length; i < message.agents; i++) {
        await app.kernel.registry.run('agents.register', { hostname: `bench-${String(i).padStart(5, '0')}` }, { actor });
      }
      agents = agentsOf();
      return post({ kind: 'seeded', agents: agents.length, head: app.kernel.log.head() });
    }
    case 'listTimes': {
      // The agents list a snapshot serves: as the context keeps it, with nothing changed and after a tick's worth
      // of contacts (1,000 agents to update); and read whole from the table, as every snapshot did before.
      const table = createAgentRows(app.kernel.db);
      const timed = (read: () => unknown) => {
        const started = performance.now();
        read();
        return performance.now() - started;
      };
      const load = () => app.kernel.registry.load('agents.list', {}, actor);
      const times = { kept: [] as number[], afterContacts: [] as number[], table: [] as number[] };
      for (let round = 0; round < message.rounds; round++) {
        times.kept.push(timed(load));
        recordContacts(agents.slice(0, 1000));
        times.afterContacts.push(timed(load));
        times.table.push(timed(() => table.list(actor.orgId)));
      }
      return post({ kind: 'listTimes', ...times });
    }
    case 'rss': {
      // Started with --expose-gc when forked for this: collect first, so RSS shows what is held, not garbage.
      (globalThis as { gc?: () => void }).gc?.();
      const connections = app.kernel.sync.connections().map((c) => c.stats());
      return post({ kind: 'rss', bytes: process.memoryUsage().rss, windows: connections.length, maxQueued: Math.max(0, ...connections.map((c) => c.queued)), resyncs: connections.reduce((n, c) => n + c.resyncs, 0), resynced: connections.filter((c) => c.resyncs > 0).length });
    }
    case 'stop':
      await host.close();
      app.dispose();
      rmSync(dataDir, { recursive: true, force: true });
      post({ kind: 'stopped' });
      if (!parentPort) process.exit(0);
  }
});

post({ kind: 'ready', port: host.port, head: app.kernel.log.head(), launchKey });
