/**
 * The REST transport over a recording registry: routing (404, 405 with Allow), bearer authentication, how query,
 * path and body become a view's params or a command's input, the answers' status and headers, and which failures
 * are logged. The real registry behind it is the integration suites' business.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { NotFoundError } from '../../../../src/shared/contract';
import { apiActor } from '../../../../src/main/kernel/actor';
import type { Registry } from '../../../../src/main/kernel/registry/createRegistry';
import { createRestApi } from '../../../../src/main/transports/http/createRestApi';
import { requestPath } from '../../../../src/main/transports/http/requestPath';
import { serveHandler, type HandlerServer } from './serveHandler';

const actor = apiActor('acme');
const load = vi.fn((_name: string, params: unknown) => ({ data: { params }, topics: [] }));
let runResult: () => Promise<unknown> = async () => ({ ok: true });
const run = vi.fn((_name: string, _input: unknown) => runResult());
const registry = { load, run } as unknown as Registry;
const api = createRestApi({ registry, authenticate: (token) => (token === 'good' ? actor : null), health: () => ({ seq: 7 }) });

let server: HandlerServer;
beforeAll(async () => {
  server = await serveHandler((req, res) => {
    if (!api(req, res, requestPath(req.url).raw)) res.writeHead(418).end();
  });
});
afterAll(() => server.close());

const call = (method: string, path: string, init: { auth?: string | null; body?: string } = {}) =>
  fetch(`${server.url}${path}`, {
    method,
    headers: init.auth === null ? {} : { authorization: init.auth ?? 'Bearer good' },
    ...(init.body === undefined ? {} : { body: init.body }),
  });

describe('createRestApi', () => {
  it('handles /api and /api/… only, leaving every other path to the caller', async () => {
    expect((await call('GET', '/index.html')).status).toBe(418);
    expect((await call('GET', '/apix')).status).toBe(418);
    expect((await call('GET', '/api')).status).toBe(404);
  });

  it('answers health to GET without a token, as uncacheable JSON', async () => {
    const res = await call('GET', '/api/health', { auth: null });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await res.json()).toEqual({ status: 'ok', seq: 7 });
    expect((await call('POST', '/api/health', { auth: null })).status).toBe(404);
  });

  it('answers an unknown route with 404 naming it, and a known path with a wrong method with 405 and Allow', async () => {
    const missing = await call('GET', '/api/nope');
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ error: { code: 'NOT_FOUND', message: 'No API route /api/nope' } });
    const wrong = await call('PATCH', '/api/agents');
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toBe('GET, POST');
    expect(wrong.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(await wrong.json()).toEqual({ error: { code: 'INVALID_INPUT', message: 'PATCH is not allowed on /api/agents' } });
  });

  it.each([
    ['no Authorization header', null, /Authorization: Bearer <token>/],
    ['another scheme', 'Basic Z29vZA==', /Authorization: Bearer <token>/],
    ['a scheme that only ends in Bearer', 'XBearer good', /Authorization: Bearer <token>/],
    ['a token followed by more', 'Bearer good extra', /Authorization: Bearer <token>/],
    ['an unknown token', 'Bearer bad', /^Unknown API token$/],
  ])('refuses %s with 401, a Bearer challenge and a message saying what is wrong', async (_what, auth, message) => {
    const res = await call('GET', '/api/agents', { auth });
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toBe('Bearer');
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('UNAUTHENTICATED');
    expect(body.error.message).toMatch(message);
  });

  it('accepts the scheme in any case and any run of spaces before the token', async () => {
    expect((await call('GET', '/api/agents', { auth: 'bearer good' })).status).toBe(200);
    expect((await call('GET', '/api/agents', { auth: 'Bearer   good' })).status).toBe(200);
    expect(load).toHaveBeenLastCalledWith('agents.list', {}, actor);
  });

  it('gives a view its query fields (the last of a repeated name), or none without a query', async () => {
    expect(await (await call('GET', '/api/cases?status=open&q=a&q=b')).json()).toEqual({ params: { status: 'open', q: 'b' } });
    expect(await (await call('GET', '/api/cases')).json()).toEqual({ params: {} });
  });

  it('runs a command with its path params and body, answering with the route status', async () => {
    runResult = async () => ({ uuid: 'u1' });
    const res = await call('POST', '/api/agents', { body: JSON.stringify({ hostname: 'h' }) });
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual({ uuid: 'u1' });
    expect(run).toHaveBeenLastCalledWith('agents.register', { hostname: 'h' }, { actor });
  });

  it('never reads the body of a DELETE', async () => {
    runResult = async () => ({ deleted: true });
    const res = await call('DELETE', '/api/agents/u1', { body: 'not json' });
    expect(res.status).toBe(200);
    expect(run).toHaveBeenLastCalledWith('agents.delete', { uuid: 'u1' }, { actor });
  });

  it('answers a command that returns null with an empty, uncacheable 204', async () => {
    runResult = async () => null;
    const res = await call('PUT', '/api/agents/u1/enable');
    expect(res.status).toBe(204);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await res.text()).toBe('');
  });

  it('logs unexpected failures (as a 500) but not domain errors, which are answers', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      runResult = async () => {
        throw new NotFoundError('no such agent');
      };
      expect((await call('PUT', '/api/agents/u2/disable')).status).toBe(404);
      expect(logged).not.toHaveBeenCalled();
      runResult = async () => {
        throw new Error('disk on fire');
      };
      const res = await call('PUT', '/api/agents/u3/disable');
      expect(res.status).toBe(500);
      expect(await res.json()).toMatchObject({ error: { code: 'INTERNAL' } });
      expect(logged).toHaveBeenCalledTimes(1);
      expect(String(logged.mock.calls[0]![0])).toContain('PUT /api/agents/u3/disable failed');
      // A peer chooses the path: the log line keeps its first 200 characters.
      runResult = async () => {
        throw new Error('disk on fire again');
      };
      const long = `/api/agents/${'x'.repeat(300)}/disable`;
      await call('PUT', long);
      expect(String(logged.mock.calls[1]![0])).toContain(`PUT ${long.slice(0, 200)} failed`);
    } finally {
      logged.mockRestore();
    }
  });
});
