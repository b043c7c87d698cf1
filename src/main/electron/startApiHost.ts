/**
 * Starts the local REST API next to the windows (no renderer, no WebSocket: windows use IPC). A busy port is not
 * fatal: the desktop app runs on without the API and says so in one line.
 */
import { join } from 'node:path';
import type { App } from '../app/createApp';
import { startHttpHost, type HttpHost } from '../transports/http/startHttpHost';

export const defaultApiPort = 4780;

/** `portSetting` is SWITCHBOARD_API_PORT: a port number, or 0 for any free port. */
export async function startApiHost(core: App, portSetting: string | undefined): Promise<HttpHost | undefined> {
  let port = Number(portSetting ?? defaultApiPort);
  if (!Number.isInteger(port) || port < 0 || port > 65535 || portSetting?.trim() === '') {
    console.warn(`switchboard: SWITCHBOARD_API_PORT=${portSetting} is not a port; using ${defaultApiPort}`);
    port = defaultApiPort;
  }
  try {
    const host = await startHttpHost(core, { port, websocket: false });
    core.setApiUrl(host.url);
    console.log(`Switchboard REST API on ${host.url} (API tokens in ${join(core.dataDir, 'tokens')})`);
    return host;
  } catch (error) {
    const busy = (error as NodeJS.ErrnoException).code === 'EADDRINUSE';
    console.warn(
      busy
        ? `switchboard: port ${port} is busy, so the REST API is off this run (set SWITCHBOARD_API_PORT to another port, or 0 for any free one)`
        : `switchboard: the REST API could not start on port ${port} and is off this run: ${String(error)}`,
    );
    return undefined;
  }
}
