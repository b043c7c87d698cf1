// `npm run serve -- --port <n> --data-dir <dir> [--no-demo]`: builds what it needs, then runs the headless host,
// which serves the renderer over HTTP and its frames over WebSocket on 127.0.0.1.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { ensureBuilt, root } from './ensureBuilt.mjs';

const major = Number(process.versions.node.split('.')[0]);
if (major < 22) {
  console.error(`Switchboard needs Node 22 or newer (this is ${process.version}); run it through npm (npm run serve), which uses the project's pinned Node.`);
  process.exit(1);
}

try {
  ensureBuilt();
} catch (error) {
  console.error(String(error instanceof Error ? error.message : error));
  process.exit(1);
}

const child = spawn(process.execPath, [join(root, 'out', 'main', 'headless.js'), ...process.argv.slice(2)], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
