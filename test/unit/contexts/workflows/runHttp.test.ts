/**
 * The http step against a loopback server: it sends its method, takes a redirect as the answer rather than following
 * it, fails a request cancelled in flight with the signal's words, names the system error of a request that could
 * not connect, and words a wrong status without a gap where a blank status text would be.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runHttp } from '../../../../src/main/contexts/workflows/steps/runHttp';

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE' | 'HEAD';

let server: Server;
let base: string;
/** `METHOD /path` of every request the server got. */
let received: string[];
let onRequest: ((request: IncomingMessage) => void) | undefined;

beforeEach(async () => {
  received = [];
  onRequest = undefined;
  server = createServer((request, response) => {
    received.push(`${request.method} ${request.url}`);
    onRequest?.(request);
    if (request.url === '/moved') response.writeHead(302, { location: '/elsewhere' }).end();
    else if (request.url !== '/never') response.writeHead(200).end('ok');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterEach(async () => {
  vi.unstubAllGlobals();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

function http(url: string, options: { method?: Method; expectStatus?: number; signal?: AbortSignal } = {}) {
  const output: string[] = [];
  const running = runHttp({
    definition: { name: 'ping', kind: 'http', url, method: options.method ?? 'GET', expectStatus: options.expectStatus ?? 200 },
    signal: options.signal ?? new AbortController().signal,
    orgId: 'acme',
    processId: 3,
    input: {},
    output: (text) => void output.push(text),
    progress: () => undefined,
  });
  return { running, output };
}

describe('runHttp', () => {
  it('sends its method and takes a redirect as the answer instead of following it', async () => {
    const step = http(`${base}/moved`, { method: 'POST', expectStatus: 302 });
    await expect(step.running).resolves.toEqual({ status: 302 });
    expect(received).toEqual(['POST /moved']);
    expect(step.output).toEqual([`POST ${base}/moved → 302 Found\n`]);
  });

  it('fails a request cancelled in flight with the signal’s words', async () => {
    const controller = new AbortController();
    const arrived = new Promise<void>((resolve) => (onRequest = () => resolve()));
    const step = http(`${base}/never`, { signal: controller.signal });
    await arrived;
    controller.abort('timeout');
    const error = (await step.running.catch((caught: unknown) => caught)) as Error;
    expect(error.message).toBe('timed out');
    // What fetch rejected with: the signal's reason.
    expect(error.cause).toBe('timeout');
    expect(step.output).toEqual([]);
  });

  it('names the system error when it cannot connect', async () => {
    const refused = createServer();
    await new Promise<void>((resolve) => refused.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(refused.address() as AddressInfo).port}/health`;
    await new Promise((resolve) => refused.close(resolve));
    const error = (await http(url, { method: 'PUT' }).running.catch((caught: unknown) => caught)) as Error;
    expect(error.message).toBe(`PUT ${url} failed: ECONNREFUSED`);
    expect(error.cause).toMatchObject({ message: 'fetch failed', cause: { code: 'ECONNREFUSED' } });
  });

  it('words a wrong status without a gap before the comma when the status text is blank', async () => {
    for (const statusText of ['', ' ']) {
      vi.stubGlobal('fetch', () => Promise.resolve(new Response(null, { status: 299, statusText })));
      await expect(http('http://example.test/ready').running).rejects.toThrow(/^GET http:\/\/example\.test\/ready answered 299, expected 200$/);
    }
  });
});
