/**
 * The headless host: the same core as the Electron app, serving the same renderer to any browser over HTTP and
 * its frames over WebSocket, on 127.0.0.1. `node out/main/headless.js --port 4700 --data-dir ./.data [--no-demo]`.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createApp, type App } from './app/createApp';
import { readOrCreateLaunchKey } from './app/launchKey';
import { startHttpHost, type HttpHost } from './transports/http/startHttpHost';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '4700' },
    'data-dir': { type: 'string', default: '.data' },
    'no-demo': { type: 'boolean', default: false },
    'renderer-dir': { type: 'string' },
  },
  strict: true,
});

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`switchboard: --port must be an integer between 0 and 65535 (got ${values.port})`);
  process.exit(2);
}
const here = dirname(fileURLToPath(import.meta.url));
const rendererDir = resolve(values['renderer-dir'] ?? join(here, '../renderer'));
if (!existsSync(join(rendererDir, 'index.html'))) {
  console.error(`switchboard: no built renderer in ${rendererDir}; run \`npm run build\` first`);
  process.exit(2);
}

const dataDir = resolve(values['data-dir']);
let app: App;
try {
  app = createApp({ dataDir, demo: !values['no-demo'], shell: 'headless', threads: { parseCasePage: new URL('./parseThread.js', import.meta.url) } });
} catch (error) {
  // One line a user can act on (a damaged database names its file and the way out), not a stack.
  console.error(`switchboard: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
// Windows open only from the URLs printed below (they carry the key); REST keeps its organization tokens.
const launchKey = readOrCreateLaunchKey(dataDir);
let host: HttpHost;
try {
  host = await startHttpHost(app, { port, rendererDir, websocket: true, launchKey });
} catch (error) {
  app.dispose();
  const code = (error as NodeJS.ErrnoException).code;
  console.error(`switchboard: cannot listen on 127.0.0.1:${port}${code === 'EADDRINUSE' ? ' (port in use; pick another with --port)' : `: ${String(error)}`}`);
  process.exit(1);
}

app.setApiUrl(host.url);
console.log(`Switchboard headless host listening on ${host.url}`);
console.log(`  data: ${dataDir} (API tokens in ${join(dataDir, 'tokens')}, launch key in ${join(dataDir, 'launch.key')})`);
for (const user of app.listUsers()) console.log(`  ${user.name} (${user.orgName}): ${host.url}/?launch=${launchKey}&user=${user.id}#/agents`);

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  await host.close();
  app.dispose();
  process.exit(0);
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
