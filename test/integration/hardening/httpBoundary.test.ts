/**
 * The HTTP boundary of a real host: whatever target, header or body a local process or a web page sends, it gets an
 * answer (a 400 for malformed input), the host stays up, and invalid input writes nothing.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawGet, rawRequest } from '../../support/rawHttp';
import { startTestHost, type TestHost } from '../../support/startTestHost';

describe('HTTP boundary', () => {
  let t: TestHost;
  let renderer: string;
  beforeAll(async () => {
    // A renderer folder beside a secret, so a path that escapes the folder would have something to reach.
    const root = mkdtempSync(join(tmpdir(), 'switchboard-static-'));
    renderer = join(root, 'renderer');
    mkdirSync(renderer);
    writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>app</title>');
    writeFileSync(join(root, 'secret.txt'), 'secret');
    t = await startTestHost({ rendererDir: renderer });
  });
  afterAll(async () => {
    await t.close();
    rmSync(join(renderer, '..'), { recursive: true, force: true });
  });

  const healthy = async () => (await fetch(`${t.host.url}/api/health`)).status === 200;

  it.each([
    ['//', 400],
    ['/%', 400],
    ['/%zz', 400],
    ['/api/%', 400],
    ['/api/agents/%E0%A4%A/enable', 400],
    ['*', 400],
    ['http://evil.example/', 400],
    ['/%00', 400],
    ['/', 200],
    ['/../secret.txt', 403],
    ['/..%2fsecret.txt', 403],
    ['/%2e%2e/secret.txt', 403],
    ['/api/nope', 404],
  ])('answers GET %s with %i and stays up', async (target, status) => {
    expect(await rawGet(t.host.port, target)).toBe(status);
    expect(await healthy()).toBe(true);
  });

  it('answers garbage requests and bad header bytes with 400 on that socket alone', async () => {
    expect(await rawRequest(t.host.port, 'NOT HTTP AT ALL\r\n\r\n')).toBe(400);
    expect(await rawRequest(t.host.port, Buffer.from([0x47, 0x45, 0x54, 0x20, 0x2f, 0x20, 0x48, 0x00, 0xff, 0x0d, 0x0a, 0x0d, 0x0a]))).toBe(400);
    expect(await rawGet(t.host.port, '/api/health', `X-Big: ${'a'.repeat(20_000)}\r\n`)).toBe(431);
    expect(await healthy()).toBe(true);
  });

  it('survives fuzzed targets, methods, headers and bodies, and writes nothing for any of them', async () => {
    const head = t.app.kernel.log.head();
    const target = fc.oneof(
      fc.string({ maxLength: 40 }).map((s) => `/${s}`),
      fc.string({ maxLength: 40 }).map((s) => `/api/${encodeURIComponent(s).replace(/%2F/g, '/')}`),
      fc.stringMatching(/^\/api\/(agents|jobs|runs)\/[%A-Za-z0-9./-]{0,20}(\/(work|status|console|cancel|rerun|enable|disable))?$/),
      fc.constantFrom('//', '/%', '/%%', '/api//', '/api/agents/%ZZ/work'),
    );
    const method = fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD', 'BREW');
    const body = fc.oneof(fc.constant(''), fc.string({ maxLength: 200 }), fc.json({ maxDepth: 3 }), fc.constant('{"hostname": '));
    const auth = fc.constantFrom('', 'Authorization: Bearer sbt_wrong\r\n', 'Authorization: Basic Zm9vOmJhcg==\r\n', 'Authorization: Bearer\r\n');
    await fc.assert(
      fc.asyncProperty(target, method, body, auth, async (path, verb, text, authHeader) => {
        // The request line itself must stay one line of bytes: spaces, controls and non-ASCII go %-encoded.
        const safePath = [...path].map((c) => (c > ' ' && c < '\u007f' ? c : encodeURIComponent(c))).join('');
        const bytes = Buffer.from(text, 'utf8');
        const request = `${verb} ${safePath} HTTP/1.1\r\nHost: 127.0.0.1\r\n${authHeader}Content-Type: application/json\r\nContent-Length: ${bytes.length}\r\nConnection: close\r\n\r\n`;
        const status = await rawRequest(t.host.port, Buffer.concat([Buffer.from(request, 'latin1'), bytes]));
        expect(status).toBeGreaterThanOrEqual(200);
        expect(status).toBeLessThan(500);
      }),
      { numRuns: 300 },
    );
    expect(await healthy()).toBe(true);
    // Every fuzzed request lacked a valid token or valid input: nothing reached the log.
    expect(t.app.kernel.log.head()).toBe(head);
  });
});
