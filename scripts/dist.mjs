// `npm run dist [-- <electron-builder flags>]`: builds the app, then packages it for this platform with
// electron-builder (electron-builder.yml). Packaging needs Electron's release zip for this platform; when it is
// neither cached nor downloadable, this says why in one line and exits 1 before building anything.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { root } from './ensureBuilt.mjs';
import { findElectronZip } from './packaging/findElectronZip.mjs';

const target = `${process.platform}-${process.arch}`;
const zip = await findElectronZip();
if (!zip.ok) {
  console.error(`dist: Electron's binary for ${target} can't be had here (${zip.reason}); run npm run dist on a machine that can reach GitHub releases (or set ELECTRON_MIRROR).`);
  process.exit(1);
}

const bin = (name) => join(root, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);
const run = (command, args) => spawnSync(command, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' }).status ?? 1;

const built = run(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'build']);
if (built !== 0) process.exit(built);
process.exit(run(bin('electron-builder'), ['--publish', 'never', ...process.argv.slice(2)]));
