// Electron's binary as node_modules/electron records it (path.txt + dist, or ELECTRON_OVERRIDE_DIST_PATH).
// Never `require('electron')` to find it: its index.js starts a download when the binary is missing.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './ensureBuilt.mjs';

export const electronDir = join(root, 'node_modules', 'electron');

/** @returns {{ binary: string, reason?: undefined } | { binary?: undefined, reason: string }} */
export function findElectron() {
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return { reason: 'node_modules/electron/path.txt is missing' };
  const dist = process.env.ELECTRON_OVERRIDE_DIST_PATH || join(electronDir, 'dist');
  const binary = join(dist, readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? { binary } : { reason: `${binary} does not exist` };
}
