import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../../src/main/app/createApp';
import { startHttpHost } from '../../src/main/transports/http/startHttpHost';
import { createWebSocketChannel } from '../../src/renderer/src/sync/channels/createWebSocketChannel';
import { transportConformance } from '../support/transportConformance';

transportConformance('WebSocket (headless host)', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'switchboard-ws-'));
  const app = createApp({ dataDir, demo: true, shell: 'headless' });
  const host = await startHttpHost(app, { port: 0, websocket: true });
  return {
    kernel: app.kernel,
    async open() {
      return createWebSocketChannel(`ws://127.0.0.1:${host.port}/ws`, { initialDelayMs: 20, maxDelayMs: 100 });
    },
    async drop(_channel, user) {
      // Cut the user's sockets from the server side; the channel reconnects by itself.
      for (const connection of app.kernel.sync.connections()) {
        if (connection.session?.userId === user) connection.dispose();
      }
    },
    async dispose() {
      await host.close();
      app.dispose();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
});
