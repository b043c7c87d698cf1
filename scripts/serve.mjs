// `npm run serve -- --port <n> --data-dir <dir> [--no-demo]`: builds what it needs, then runs the headless host,
// which serves the renderer over HTTP and its frames over WebSocket on 127.0.0.1.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { prepareToRun, root } from './ensureBuilt.mjs';

prepareToRun('npm run serve');

const child = spawn(process.execPath, [join(root, 'out', 'main', 'headless.js'), ...process.argv.slice(2)], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
