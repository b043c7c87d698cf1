/**
 * The headless host's launch key (after Jupyter's launch token): a random secret kept per data folder, readable by
 * its owner only, so windows opened from the URLs the host printed reconnect after a restart while nothing else on
 * the machine can open a window. The Electron shell has no use for it: its windows speak IPC.
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function readOrCreateLaunchKey(dataDir: string): string {
  const file = join(dataDir, 'launch.key');
  if (existsSync(file)) {
    const key = readFileSync(file, 'utf8').trim();
    if (key.length >= 32) return key;
  }
  const key = randomBytes(32).toString('base64url');
  writeFileSync(file, `${key}\n`, { mode: 0o600 });
  chmodSync(file, 0o600); // writeFileSync keeps the mode of a file that was there
  return key;
}
