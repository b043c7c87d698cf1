/** What a test needs to reach a host by its data folder: the organizations' API tokens, and the launch key (if any). */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export function hostCredentials(dataDir: string) {
  const launchFile = join(dataDir, 'launch.key');
  const launch = existsSync(launchFile) ? readFileSync(launchFile, 'utf8').trim() : undefined;
  return {
    token: (org: string) => readFileSync(join(dataDir, 'tokens', `${org}.token`), 'utf8').trim(),
    /** `?launch=…` for a WebSocket URL, or '' when the host has no launch key. */
    query: launch ? `?launch=${encodeURIComponent(launch)}` : '',
  };
}
