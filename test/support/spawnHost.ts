/**
 * The built headless host as a real child process on a free port, for tests that kill it (SIGKILL) and start it
 * again on the same data folder. Builds first if the build is stale.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { callApi } from './callApi';
import { hostCredentials } from './hostCredentials';

export const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

export interface SpawnedHost {
  readonly base: string;
  readonly port: number;
  /** Starts (or restarts) the host and waits for its health answer. */
  start(): Promise<void>;
  /** SIGKILL, then waits for the process to be gone. */
  kill(): Promise<void>;
  /** Calls the REST API as `org`; answers status and JSON. */
  call<T = Record<string, unknown>>(org: string, method: string, path: string, body?: unknown): Promise<{ status: number; json: T }>;
}

export async function spawnHost(dataDir: string): Promise<SpawnedHost> {
  execFileSync(process.execPath, ['scripts/ensureBuilt.mjs'], { stdio: 'ignore' });
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  let child: ChildProcess | undefined;
  return {
    base,
    port,
    async start() {
      child = spawn(process.execPath, ['out/main/headless.js', '--port', String(port), '--data-dir', dataDir], { stdio: 'ignore' });
      const deadline = Date.now() + 15_000;
      while (!(await fetch(`${base}/api/health`).catch(() => undefined))?.ok) {
        if (Date.now() > deadline) throw new Error('the host did not answer within 15 s');
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    async kill() {
      if (!child || child.exitCode !== null || child.signalCode !== null) return;
      const exited = once(child, 'exit');
      child.kill('SIGKILL');
      await exited;
    },
    call: (org, method, path, body) => callApi(base, hostCredentials(dataDir).token(org), method, path, body),
  };
}
