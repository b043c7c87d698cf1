/** Electron's binary as node_modules/electron records it; never `require('electron')`, which tries to download. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../..', import.meta.url));

export function findElectron(): { binary: string; reason?: undefined } | { binary?: undefined; reason: string } {
  const electronDir = join(root, 'node_modules', 'electron');
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return { reason: 'node_modules/electron/path.txt is missing' };
  const dist = process.env.ELECTRON_OVERRIDE_DIST_PATH || join(electronDir, 'dist');
  const binary = join(dist, readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? { binary } : { reason: `${binary} does not exist` };
}

export const electronSkipReason = (reason: string) => `Electron binary not installed (run npx install-electron): ${reason}`;
