/**
 * Guards the headless host's windows with its launch key. The page is served to a request that carries the key
 * (`?launch=` from a printed URL, which sets an HttpOnly, SameSite=Strict cookie, or that cookie); a WebSocket upgrade
 * is admitted only with the cookie (browsers) or `?launch=` (Node clients); anything else gets 401 and writes
 * nothing. Assets hold no data and are served to anyone. The REST API keeps its own organization tokens.
 */
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

export interface LaunchGate {
  /** Undefined when the upgrade may proceed, otherwise the refusal. */
  admitUpgrade(req: IncomingMessage): { status: number; reason: string } | undefined;
  /** For a page request: true when it may be served (a cookie is set on `res` for a first visit), else answers 401. */
  admitPage(req: IncomingMessage, res: ServerResponse): boolean;
}

const sameKey = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

function queryKey(req: IncomingMessage): string | undefined {
  const at = (req.url ?? '').indexOf('?');
  if (at === -1) return undefined;
  return new URLSearchParams((req.url ?? '').slice(at + 1)).get('launch') ?? undefined;
}

function cookieKey(req: IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return undefined;
}

const refusalPage = `<!doctype html><meta charset="utf-8"><title>Switchboard</title>
<p>This Switchboard host opens only from the links it printed when it started (they carry its launch key).
Open one of those, or run <code>npm run serve</code> again to see them.</p>`;

export function createLaunchGate(key: string, port: number): LaunchGate {
  // Per port: two hosts on this machine keep apart keys, since cookies do not tell ports apart.
  const cookie = `switchboard_launch_${port}`;
  const has = (value: string | undefined) => value !== undefined && sameKey(value, key);

  return {
    admitUpgrade(req) {
      return has(cookieKey(req, cookie)) || has(queryKey(req)) ? undefined : { status: 401, reason: 'Unauthorized' };
    },
    admitPage(req, res) {
      if (has(queryKey(req))) {
        res.setHeader('set-cookie', `${cookie}=${key}; HttpOnly; SameSite=Strict; Path=/`);
        return true;
      }
      if (has(cookieKey(req, cookie))) return true;
      res.writeHead(401, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(refusalPage);
      return false;
    },
  };
}
