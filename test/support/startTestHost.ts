/** A real headless host on an ephemeral loopback port over a temporary data directory, with demo data. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp, type App, type AppOptions } from '../../src/main/app/createApp';
import { callApi } from './callApi';
import { startHttpHost, type HttpHost } from '../../src/main/transports/http/startHttpHost';

export interface TestHost {
  app: App;
  host: HttpHost;
  token(org: string): string;
  /** Calls the REST API as `org`. */
  call<T = Record<string, unknown> | null>(org: string, method: string, path: string, body?: unknown): Promise<{ status: number; json: T }>;
  close(): Promise<void>;
}

export async function startTestHost(options: Partial<AppOptions> & { heartbeatMs?: number; rendererDir?: string; launchKey?: string } = {}): Promise<TestHost> {
  const dataDir = mkdtempSync(join(tmpdir(), 'switchboard-host-'));
  const app = createApp({ demo: true, shell: 'headless', ...options, dataDir });
  const host = await startHttpHost(app, { port: 0, websocket: true, heartbeatMs: options.heartbeatMs, rendererDir: options.rendererDir, launchKey: options.launchKey });
  const token = (org: string) => readFileSync(join(dataDir, 'tokens', `${org}.token`), 'utf8').trim();
  return {
    app,
    host,
    token,
    call: (org, method, path, body) => callApi(host.url, token(org), method, path, body),
    async close() {
      await host.close();
      app.dispose();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
