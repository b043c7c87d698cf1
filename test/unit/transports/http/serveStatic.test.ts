/** The headless host's static files: methods, headers (CSP, caching, nosniff), HEAD, and what is not a file. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requestPath } from '../../../../src/main/transports/http/requestPath';
import { contentSecurityPolicy, serveStatic } from '../../../../src/main/transports/http/serveStatic';
import { serveHandler, type HandlerServer } from './serveHandler';

let root: string;
let server: HandlerServer;
beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'switchboard-static-unit-'));
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>app</title>');
  writeFileSync(join(root, 'assets', 'app-1234.js'), 'console.log(1)');
  writeFileSync(join(root, 'data.bin'), 'raw');
  const serve = serveStatic(root);
  server = await serveHandler((req, res) => serve(req, res, requestPath(req.url).decoded));
});
afterAll(async () => {
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

const get = (path: string, method = 'GET') => fetch(`${server.url}${path}`, { method });

describe('serveStatic', () => {
  it('serves the page with the CSP and hardening headers, never cached', async () => {
    const res = await get('/');
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('<!doctype html><title>app</title>');
    expect(Object.fromEntries(res.headers)).toMatchObject({
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': contentSecurityPolicy,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'cache-control': 'no-cache',
    });
  });

  it('lets browsers keep hashed assets for good, and types unknown files as octet-stream', async () => {
    const asset = await get('/assets/app-1234.js');
    expect(await asset.text()).toBe('console.log(1)');
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(asset.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await get('/data.bin')).headers.get('content-type')).toBe('application/octet-stream');
  });

  it('answers HEAD with the headers and no body', async () => {
    const res = await get('/index.html', 'HEAD');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-length')).toBe('33');
    expect(await res.text()).toBe('');
  });

  it.each(['POST', 'PUT', 'DELETE'])('refuses %s with 405 and Allow: GET, HEAD', async (method) => {
    const res = await get('/index.html', method);
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, HEAD');
  });

  it.each(['/missing.js', '/assets'])('answers %s (no such file, or a folder) with a plain 404', async (path) => {
    const res = await get(path);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(await res.text()).toBe('Not found');
  });
});
