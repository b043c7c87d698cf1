/** The launch key guard: which page requests and upgrades it lets through, the cookie it sets, and its refusal. */
import type { IncomingMessage } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLaunchGate } from '../../../../src/main/transports/http/createLaunchGate';
import { serveHandler, type HandlerServer } from './serveHandler';

// Base64 keys end in '=': the cookie's value must survive being split on it.
const key = 'k3y+/w==';
const cookie = `switchboard_launch_4321=${key}`;
// A gate per request, made inside the test: gates hold no state, and Stryker counts code that runs in a test.
const gate = () => createLaunchGate(key, 4321);
const upgrade = (url: string, headers: Record<string, string> = {}) => gate().admitUpgrade({ url, headers } as IncomingMessage);

let server: HandlerServer;
beforeAll(async () => {
  server = await serveHandler((req, res) => {
    if (gate().admitPage(req, res)) res.writeHead(200).end('page');
  });
});
afterAll(() => server.close());

const page = (path: string, headers: Record<string, string> = {}) => fetch(`${server.url}${path}`, { headers });

describe('createLaunchGate', () => {
  it('serves a page that carries the key in the query and sets the HttpOnly, SameSite=Strict cookie for this port', async () => {
    const res = await page(`/?launch=${encodeURIComponent(key)}`);
    expect(await res.text()).toBe('page');
    expect(res.headers.get('set-cookie')).toBe(`${cookie}; HttpOnly; SameSite=Strict; Path=/`);
  });

  it('serves a page that carries the cookie, among others', async () => {
    const res = await page('/', { cookie: `other=1; ${cookie}` });
    expect(await res.text()).toBe('page');
    expect(res.headers.get('set-cookie')).toBeNull();
  });

  it.each([
    ['no key', '/', {}],
    ['a wrong key', '/?launch=nope', {}],
    ['the key outside a query', `/&launch=${encodeURIComponent(key)}`, {}],
    ["another port's cookie", '/', { cookie: `switchboard_launch_1=${key}` }],
    ['a truncated cookie value', '/', { cookie: `switchboard_launch_4321=${key.slice(0, -1)}` }],
  ])('refuses a page with %s: 401, an uncacheable HTML explanation', async (_what, path, headers: Record<string, string>) => {
    const res = await page(path, headers);
    expect(res.status).toBe(401);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await res.text()).toContain('launch key');
  });

  it('admits an upgrade with the cookie or the query key, and refuses any other with 401', () => {
    expect(upgrade('/ws', { cookie })).toBeUndefined();
    expect(upgrade(`/ws?launch=${encodeURIComponent(key)}`)).toBeUndefined();
    expect(upgrade('/ws')).toEqual({ status: 401, reason: 'Unauthorized' });
    expect(upgrade(`/ws&launch=${encodeURIComponent(key)}`)).toEqual({ status: 401, reason: 'Unauthorized' });
  });
});
