/**
 * Serves the built renderer on `app://switchboard/` with the same strict CSP as the headless host. Files come
 * from the renderer folder only: another host, a path that leaves the folder, or a method other than GET is refused.
 */
import { readFile } from 'node:fs/promises';
import { join, normalize, sep } from 'node:path';
import { protocol } from 'electron';
import type { Disposable } from '../kernel/disposable';
import { contentTypeOf } from '../transports/http/contentTypes';
import { contentSecurityPolicy } from '../transports/http/serveStatic';
import { APP_HOST, APP_SCHEME } from './appOrigin';

export function serveAppProtocol(rendererDir: string): Disposable {
  const base = normalize(rendererDir + sep);
  const refuse = (status: number) => new Response(null, { status });

  protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(405);
    const url = new URL(request.url);
    if (url.host !== APP_HOST) return refuse(404);
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      return refuse(400);
    }
    const file = normalize(join(base, pathname === '/' ? 'index.html' : pathname));
    if (!file.startsWith(base)) return refuse(403);
    let body: Buffer;
    try {
      body = await readFile(file);
    } catch {
      return refuse(404);
    }
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
      headers: {
        'content-type': contentTypeOf(file),
        'content-security-policy': contentSecurityPolicy,
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'no-referrer',
      },
    });
  });
  return { dispose: () => protocol.unhandle(APP_SCHEME) };
}
