/**
 * The headless host's launch key: a page opens only from a link that carries it (which sets an HttpOnly, SameSite
 * cookie) or with that cookie; a WebSocket upgrade without the key is refused with 401 and writes nothing, so no other
 * local process can sign a window in; the key is kept 0600 per data folder across restarts.
 */
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readOrCreateLaunchKey } from '../../../src/main/app/launchKey';
import { rawWebSocket } from '../../support/rawHttp';
import { startTestHost, type TestHost } from '../../support/startTestHost';

describe('launch key', () => {
  const root = mkdtempSync(join(tmpdir(), 'switchboard-launch-'));
  const key = readOrCreateLaunchKey(root);
  let t: TestHost;
  beforeAll(async () => {
    const renderer = join(root, 'renderer');
    mkdirSync(renderer);
    writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>app</title>');
    writeFileSync(join(renderer, 'app.js'), 'console.log(1)');
    t = await startTestHost({ rendererDir: renderer, launchKey: key });
  });
  afterAll(async () => {
    await t.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('is random, kept 0600 in the data folder, and the same after a restart', () => {
    expect(key).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(statSync(join(root, 'launch.key')).mode & 0o777).toBe(0o600);
    expect(readOrCreateLaunchKey(root)).toBe(key);
  });

  it('serves the page only with the key, and sets an HttpOnly, SameSite=Strict cookie from the link', async () => {
    expect((await fetch(`${t.host.url}/?user=alice`)).status).toBe(401);
    expect((await fetch(`${t.host.url}/?user=alice&launch=wrong`)).status).toBe(401);
    const opened = await fetch(`${t.host.url}/?launch=${key}&user=alice`);
    expect(opened.status).toBe(200);
    const cookie = opened.headers.get('set-cookie')!;
    expect(cookie).toMatch(new RegExp(`^switchboard_launch_${t.host.port}=${key}; HttpOnly; SameSite=Strict; Path=/$`));
    expect((await fetch(`${t.host.url}/`, { headers: { cookie: cookie.split(';')[0]! } })).status).toBe(200);
    // Assets hold no data; the REST API keeps its own tokens.
    expect((await fetch(`${t.host.url}/app.js`)).status).toBe(200);
    expect((await fetch(`${t.host.url}/api/agents`)).status).toBe(401);
  });

  it('refuses a WebSocket upgrade without the key with 401, writing nothing; admits it with the cookie or ?launch=', async () => {
    const head = t.app.kernel.log.head();
    await expect(rawWebSocket(t.host.port)).rejects.toThrow('HTTP/1.1 401 Unauthorized');
    await expect(rawWebSocket(t.host.port, `Cookie: switchboard_launch_${t.host.port}=nope\r\n`)).rejects.toThrow('401');
    expect(t.app.kernel.sync.connections()).toHaveLength(0);
    expect(t.app.kernel.log.head()).toBe(head);
    (await rawWebSocket(t.host.port, `Cookie: other=1; switchboard_launch_${t.host.port}=${key}\r\n`)).destroy();
    const viaQuery = await new Promise<number>((resolve) => {
      const ws = new WebSocket(`ws://127.0.0.1:${t.host.port}/ws?launch=${key}`);
      ws.onopen = () => {
        ws.close();
        resolve(101);
      };
      ws.onerror = () => resolve(0);
    });
    expect(viaQuery).toBe(101);
  });
});
