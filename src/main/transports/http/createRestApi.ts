/**
 * The local REST API: bearer-token authentication (one token per organization), the route table, and JSON errors
 * with 400/401/404/409. It runs commands through the kernel's registry like any window, so validation,
 * authorization and broadcasting are the contexts' own, never re-implemented here.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { NotFoundError, SwitchboardError, UnauthenticatedError, restRoutes } from '../../../shared/contract';
import type { Actor } from '../../kernel/actor';
import { createRepeatLog, kindOf } from '../../kernel/createRepeatLog';
import { createLogger } from '../../kernel/logger';
import type { Registry } from '../../kernel/registry/createRegistry';
import { readJsonBody } from './readJsonBody';
import { matchPath } from './matchPath';
import { sendError, sendJson } from './sendJson';

export interface RestApiDeps {
  registry: Registry;
  authenticate(token: string): Actor | null;
  health(): Record<string, unknown>;
}

/** Handles `/api/*` (`pathname` raw, %-escapes intact); returns false for any other path so the caller can serve it. */
export type RestApi = (req: IncomingMessage, res: ServerResponse, pathname: string) => boolean;

const failures = createRepeatLog(createLogger('switchboard:http:api'));

/** The query string's fields (the last of a repeated name wins); the view's schema validates them. */
function queryOf(req: IncomingMessage): Record<string, string> {
  const url = req.url ?? '';
  const at = url.indexOf('?');
  return at === -1 ? {} : Object.fromEntries(new URLSearchParams(url.slice(at + 1)));
}

export function createRestApi(deps: RestApiDeps): RestApi {
  async function handle(req: IncomingMessage, res: ServerResponse, pathname: string) {
    if (pathname === '/api/health' && req.method === 'GET') {
      sendJson(res, 200, { status: 'ok', ...deps.health() });
      return;
    }
    const candidates = restRoutes.map((route) => ({ route, params: matchPath(route.path, pathname) })).filter((m) => m.params);
    if (candidates.length === 0) throw new NotFoundError(`No API route ${pathname}`);
    const match = candidates.find((m) => m.route.method === req.method);
    if (!match) {
      sendJson(res, 405, { error: { code: 'INVALID_INPUT', message: `${req.method} is not allowed on ${pathname}` } }, {
        allow: candidates.map((m) => m.route.method).join(', '),
      });
      return;
    }
    const actor = authenticate(req);
    const { route, params } = match;
    if ('view' in route.run) {
      const viewParams = route.run.params ? route.run.params(params!, queryOf(req)) : {};
      sendJson(res, route.status, route.run.wrap(deps.registry.load(route.run.view, viewParams, actor).data));
      return;
    }
    const body = route.method === 'GET' || route.method === 'DELETE' ? undefined : await readJsonBody(req);
    const value = await deps.registry.run(route.run.command, route.run.input(params!, body), { actor });
    if (value === null) res.writeHead(204, { 'cache-control': 'no-store' }).end();
    else sendJson(res, route.statusOf?.(value) ?? route.status, value);
  }

  function authenticate(req: IncomingMessage): Actor {
    const header = req.headers.authorization ?? '';
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match) throw new UnauthenticatedError('Missing "Authorization: Bearer <token>" (tokens are in <data-dir>/tokens/<org>.token)');
    const actor = deps.authenticate(match[1]!);
    if (!actor) throw new UnauthenticatedError('Unknown API token');
    return actor;
  }

  return (req, res, pathname) => {
    if (pathname !== '/api' && !pathname.startsWith('/api/')) return false;
    handle(req, res, pathname).catch((error: unknown) => {
      if (!(error instanceof SwitchboardError)) failures.error(kindOf(error), `${req.method} ${pathname.slice(0, 200)} failed`, error);
      const headers: Record<string, string> = error instanceof UnauthenticatedError ? { 'www-authenticate': 'Bearer' } : {};
      if (!res.headersSent) sendError(res, error, headers);
      else res.destroy();
    });
    return true;
  };
}
