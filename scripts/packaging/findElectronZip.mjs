// Whether electron-builder can get Electron's release zip for this platform: already in a download cache, or
// reachable at the release URL (one HEAD request, a few seconds at most). Checked before building, so `npm run dist`
// fails in a second where it has to fail.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { electronDir } from '../findElectron.mjs';

const version = JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8')).version;
export const zipName = `electron-v${version}-${process.platform}-${process.arch}.zip`;

/** Where @electron/get (used by both the electron package and electron-builder) and electron-builder keep downloads. */
function cacheRoots() {
  const env = process.env;
  const platformCache =
    process.platform === 'darwin' ? join(homedir(), 'Library', 'Caches')
    : process.platform === 'win32' ? (env.LOCALAPPDATA ?? join(homedir(), 'AppData', 'Local'))
    : (env.XDG_CACHE_HOME ?? join(homedir(), '.cache'));
  const electron = process.platform === 'win32' ? join(platformCache, 'electron', 'Cache') : join(platformCache, 'electron');
  const builder = env.ELECTRON_BUILDER_CACHE ?? (process.platform === 'win32' ? join(platformCache, 'electron-builder', 'Cache') : join(platformCache, 'electron-builder'));
  return [env.electron_config_cache, env.ELECTRON_CACHE, electron, builder].filter(Boolean);
}

/** A cached copy of the zip: cache roots hold `<hash>/<zip>` (or `downloads/<hash>/<zip>`), so look three levels down. */
function findCached(dir, depth = 3) {
  if (!existsSync(dir)) return undefined;
  if (existsSync(join(dir, zipName))) return join(dir, zipName);
  if (depth === 0) return undefined;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const found = entry.isDirectory() ? findCached(join(dir, entry.name), depth - 1) : undefined;
    if (found) return found;
  }
  return undefined;
}

/** @returns {Promise<{ ok: true, source: string } | { ok: false, reason: string }>} */
export async function findElectronZip({ timeoutMs = 5000 } = {}) {
  for (const dir of cacheRoots()) {
    const cached = findCached(dir);
    if (cached) return { ok: true, source: cached };
  }
  const mirror = process.env.ELECTRON_MIRROR ?? 'https://github.com/electron/electron/releases/download/';
  const url = `${mirror.replace(/\/?$/, '/')}v${version}/${zipName}`;
  try {
    const response = await fetch(url, { method: 'HEAD', redirect: 'follow', signal: globalThis.AbortSignal.timeout(timeoutMs) });
    if (response.ok) return { ok: true, source: url };
    return { ok: false, reason: `${zipName} is not in the download cache and ${new URL(url).host} answered ${response.status}` };
  } catch (error) {
    const cause = error?.cause?.code ?? error?.cause?.message ?? error?.message ?? String(error);
    const why = error?.name === 'TimeoutError' ? `no answer within ${timeoutMs / 1000} s` : cause;
    return { ok: false, reason: `${zipName} is not in the download cache and ${new URL(url).host} is unreachable: ${why}` };
  }
}
