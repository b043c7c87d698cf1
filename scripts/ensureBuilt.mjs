// Builds the app (main, preload, renderer) with electron-vite unless out/ is newer than every source file.
// Shared by `npm start`, `npm run serve` and the end-to-end tests, so none of them runs a stale build.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const stamp = join(root, 'out', '.built');
const inputs = ['src', 'resources', 'electron.vite.config.ts', 'package.json', 'tsconfig.base.json'];

function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((max, name) => Math.max(max, newest(join(path, name))), stat.mtimeMs);
}

export function ensureBuilt({ quiet = false } = {}) {
  const built = existsSync(stamp) ? statSync(stamp).mtimeMs : 0;
  const changed = Math.max(...inputs.map((p) => newest(join(root, p))));
  if (built > changed) return false;
  if (!quiet) console.log('Building Switchboard (electron-vite build)…');
  const bin = join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'electron-vite.cmd' : 'electron-vite');
  const result = spawnSync(bin, ['build'], { cwd: root, stdio: quiet ? 'pipe' : 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) {
    if (quiet) process.stderr.write(`${result.stdout ?? ''}${result.stderr ?? ''}`);
    throw new Error(`electron-vite build failed (exit ${result.status})`);
  }
  writeFileSync(stamp, new Date().toISOString());
  return true;
}

/** For the npm scripts that run the app: refuses a Node older than 22, then builds what changed, exiting on failure. */
export function prepareToRun(npmCommand) {
  const major = Number(process.versions.node.split('.')[0]);
  if (major < 22) {
    console.error(`Switchboard needs Node 22 or newer (this is ${process.version}); run it through npm (${npmCommand}), which uses the project's pinned Node.`);
    process.exit(1);
  }
  try {
    ensureBuilt();
  } catch (error) {
    console.error(String(error instanceof Error ? error.message : error));
    process.exit(1);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) ensureBuilt();
