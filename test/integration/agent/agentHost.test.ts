/**
 * The agent against a host that is not always there: down at start, gone in the middle of a run, or losing
 * requests and answers. It must retry with backoff and lose or repeat nothing.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../../src/main/app/createApp';
import { startHttpHost, type HttpHost } from '../../../src/main/transports/http/startHttpHost';
import { startTestHost } from '../../support/startTestHost';
import { waitFor } from '../../support/waitFor';
import { acme, createAgentPool } from './agentProcesses';
import { startFlakyProxy, type FlakyProxy } from './flakyProxy';

describe('switchboard-agent: an unreliable host', () => {
  const pool = createAgentPool();
  const cleanups: (() => Promise<void> | void)[] = [];

  afterEach(async () => {
    await pool.stopAll();
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  /** An app on a temporary data dir whose HTTP host the test starts and stops itself, on a fixed port. */
  async function createOwnHost() {
    const port = await freePort();
    const dataDir = mkdtempSync(join(tmpdir(), 'switchboard-agent-host-'));
    const app: App = createApp({ dataDir, demo: true, shell: 'headless' });
    let host: HttpHost | undefined;
    cleanups.push(async () => {
      await host?.close();
      app.dispose();
      rmSync(dataDir, { recursive: true, force: true });
    });
    const t = { app, token: (org: string) => readFileSync(join(dataDir, 'tokens', `${org}.token`), 'utf8').trim() };
    return {
      t,
      url: `http://127.0.0.1:${port}`,
      listen: async () => {
        host = await startHttpHost(app, { port });
      },
      stop: async () => {
        await host?.close();
        host = undefined;
      },
    };
  }

  const agentArgs = (url: string, tokenFile: string, hostname: string) => ['--server', url, '--token-file', tokenFile, '--hostname', hostname, '--poll-ms', '50'];

  it('keeps retrying while nothing listens, logging each retry once, and registers once the host is up', async () => {
    const own = await createOwnHost();
    const agent = pool.start(agentArgs(own.url, pool.tokenFile(own.t.token('acme')), 'late-1.acme'));
    await agent.waitForLine(/retry 3 in/);
    expect(agent.output()).not.toMatch(/registered/);

    await own.listen();
    const uuid = (await agent.waitForLine(/registered late-1\.acme as (\S+)/, 15_000))[1]!;
    await agent.waitForLine(/host reachable again/);
    const retries = [...agent.output().matchAll(/register: POST \/api\/agents: connect ECONNREFUSED [\d.:]+; retry (\d+) in (\d+) ms/g)];
    expect(retries.map((m) => Number(m[1]))).toEqual(retries.map((_, i) => i + 1));
    // Backoff: each wait is within [cap/2, cap] for a cap that starts at 250 ms and doubles up to 10 s.
    retries.forEach((m, i) => {
      const cap = Math.min(10_000, 250 * 2 ** i);
      expect(Number(m[2])).toBeGreaterThanOrEqual(cap / 2 - 1);
      expect(Number(m[2])).toBeLessThanOrEqual(cap);
    });

    const job = await acme(own.t).schedule('after-outage', 'echo up');
    expect((await acme(own.t).finished(job.id)).run).toMatchObject({ status: 'passed', agentUuid: uuid });
  });

  it('a host that goes away mid-run and comes back gets the whole console and the result', async () => {
    const own = await createOwnHost();
    await own.listen();
    const org = acme(own.t);
    const agent = pool.start(agentArgs(own.url, pool.tokenFile(own.t.token('acme')), 'outage-1.acme'));
    await agent.waitForLine(/registered/);
    const job = await org.schedule('through-outage', 'for i in $(seq 1 40); do echo line-$i; sleep 0.03; done');
    await waitForConsole(org, job.id, /line-5\n/);

    await own.stop();
    await agent.waitForLine(/ECONNREFUSED [\d.:]+; retry \d+ in/);
    await own.listen();

    const { run, console: text } = await org.finished(job.id, 20_000);
    expect(run).toMatchObject({ status: 'passed', exitCode: 0 });
    expect(text).toBe(Array.from({ length: 40 }, (_, i) => `line-${i + 1}\n`).join(''));
  });

  it('lost requests and lost answers (503 before or after the host acted) neither lose nor repeat anything', async () => {
    const t = await startTestHost();
    cleanups.push(() => t.close());
    let consolePosts = 0;
    let statusPuts = 0;
    let runsHandedOut = 0;
    const proxy: FlakyProxy = await startFlakyProxy(t.host.url, (request) => {
      if (/^\/api\/runs\/\d+\/console$/.test(request.path)) {
        if (request.stage === 'before') return ++consolePosts === 3; // the host never sees this chunk
        return [2, 5].includes(consolePosts); // the host appended the chunk, but the agent hears 503
      }
      if (/^\/api\/runs\/\d+\/status$/.test(request.path)) {
        if (request.stage === 'before') statusPuts += 1;
        return request.stage === 'after' && statusPuts === 2; // the final report is recorded, its answer lost
      }
      // The first run the host hands out is assigned, but the agent never hears of it.
      return request.stage === 'after' && request.path.endsWith('/work') && request.status === 200 && ++runsHandedOut === 1;
    });
    cleanups.push(() => proxy.close());
    const org = acme(t);
    const agent = pool.start(agentArgs(proxy.url, pool.tokenFile(t.token('acme')), 'flaky-1.acme'));
    await agent.waitForLine(/registered/);
    // Long enough (over a second, in many small pieces) for the agent to send more than five console chunks.
    const job = await org.schedule('lossy', 'for i in $(seq 1 60); do echo line-$i; sleep 0.02; done');

    const { run, console: text } = await org.finished(job.id, 20_000);
    expect(run).toMatchObject({ status: 'passed', exitCode: 0 });
    expect(text).toBe(Array.from({ length: 60 }, (_, i) => `line-${i + 1}\n`).join(''));
    // The host records the final status before the proxy swallows its answer; the agent logs once it got through.
    await agent.waitForLine(/run \d+ \(lossy\): passed/);
    // Every planned loss happened: the handed-out run, three console chunks, the final status.
    expect(proxy.failed.map((f) => f.replace(/agents\/[^/]+\//, 'agents/:uuid/').replace(/runs\/\d+\//, 'runs/:id/'))).toEqual([
      'POST /api/agents/:uuid/work (after)',
      'POST /api/runs/:id/console (after)',
      'POST /api/runs/:id/console (before)',
      'POST /api/runs/:id/console (after)',
      'PUT /api/runs/:id/status (after)',
    ]);
    expect(agent.output()).toMatch(/answered 503; retry 1 in/);
  });
});

async function waitForConsole(org: ReturnType<typeof acme>, jobId: number, pattern: RegExp) {
  await waitFor(() => {
    const { run } = org.job(jobId);
    return run && pattern.test(org.run(run.id).console);
  }, `console of job ${jobId} to match ${pattern}`, 10_000);
}

/** A port nothing listens on right now (the OS picks it; we close it again at once). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
