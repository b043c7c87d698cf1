// `npm start [-- <flags>]`: builds what it needs, then runs the Electron shell. Where Electron's binary is missing
// and cannot be installed (no network), it says so in one line and runs the headless host on port 4700 instead.
// Flags after `--` go to the app (`--no-demo`, `--user=<id>`, `--user-data-dir=<dir>`).
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { prepareToRun, root } from './ensureBuilt.mjs';
import { electronDir, findElectron } from './findElectron.mjs';

prepareToRun('npm start');

const args = process.argv.slice(2);

/** Runs the electron package's own installer (`npx install-electron`) once; returns why it failed, if it did. */
function installElectron() {
  const result = spawnSync(process.execPath, [join(electronDir, 'install.js')], { cwd: root, encoding: 'utf8', timeout: 10 * 60_000 });
  if (result.status === 0) return undefined;
  const firstLine = `${result.stderr ?? ''}`.split('\n').find((line) => line.trim()) ?? result.error?.message ?? `exit ${result.status}`;
  return `install-electron failed: ${firstLine.trim().slice(0, 160)}`;
}

let found = findElectron();
if (!found.binary) {
  const installError = installElectron();
  found = findElectron();
  if (!found.binary) {
    const reason = installError ?? found.reason;
    console.log(`Electron binary not available (${reason}); starting the headless host instead — open the URLs below.`);
    const serveArgs = ['--port', '4700', '--data-dir', join(root, '.data'), ...(args.includes('--no-demo') ? ['--no-demo'] : [])];
    run(process.execPath, [join(root, 'scripts', 'serve.mjs'), ...serveArgs], process.env);
  }
}
if (found.binary) {
  // ELECTRON_RUN_AS_NODE in the caller's environment would start Electron as plain Node, without any window.
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  run(found.binary, ['.', ...args], env);
}

function run(command, commandArgs, env) {
  const child = spawn(command, commandArgs, { cwd: root, stdio: 'inherit', env });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('error', (error) => {
    console.error(`Could not start ${command}: ${error.message}`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}
