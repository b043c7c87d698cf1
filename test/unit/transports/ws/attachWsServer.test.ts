/**
 * The WebSocket server's own rules, on a bare HTTP server: which upgrades it accepts (path, Origin, admit), how it
 * names connections, the heartbeat that drops silent peers, and dispose.
 */
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WebSocket } from 'ws';
import type { Transport } from '../../../../src/main/kernel/transport';
import { attachWsServer, type WsServerOptions } from '../../../../src/main/transports/ws/attachWsServer';
import { waitFor } from '../../../support/waitFor';

const cleanups: (() => void | Promise<void>)[] = [];
afterEach(async () => {
  vi.useRealTimers();
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function serve(options: WsServerOptions = {}) {
  const server = createServer((_req, res) => res.writeHead(404).end());
  const connections: { id: string; transport: Transport }[] = [];
  const ws = attachWsServer(server, (id, transport) => connections.push({ id, transport }), options);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  cleanups.push(() => {
    ws.dispose();
    server.closeAllConnections();
    return new Promise<void>((resolve) => server.close(() => resolve()));
  });
  return { server, ws, port, connections };
}

/** An upgrade request with the given path and headers: resolves with the answer's status and reason. */
function upgrade(port: number, path: string, headers: Record<string, string> = {}): Promise<{ status: number; reason: string }> {
  return new Promise((resolve, reject) => {
    const req = request({
      host: '127.0.0.1',
      port,
      path,
      headers: { connection: 'Upgrade', upgrade: 'websocket', 'sec-websocket-version': '13', 'sec-websocket-key': 'dGhlIHNhbXBsZSBub25jZQ==', ...headers },
    });
    req.on('upgrade', (res, socket) => {
      socket.destroy();
      resolve({ status: res.statusCode ?? 0, reason: res.statusMessage ?? '' });
    });
    req.on('response', (res) => {
      res.resume();
      resolve({ status: res.statusCode ?? 0, reason: res.statusMessage ?? '' });
    });
    req.on('error', reject);
    req.end();
  });
}

function open(port: number, options: ConstructorParameters<typeof WebSocket>[2] = {}): Promise<WebSocket> {
  const client = new WebSocket(`ws://127.0.0.1:${port}/ws`, options);
  cleanups.push(() => client.terminate());
  return new Promise((resolve, reject) => {
    client.once('open', () => resolve(client));
    client.once('error', reject);
  });
}

const closed = (client: WebSocket) => new Promise<void>((resolve) => (client.readyState === WebSocket.CLOSED ? resolve() : client.once('close', () => resolve())));

describe('attachWsServer', () => {
  it('accepts /ws from clients without an Origin and names each connection ws:<n>, counting up', async () => {
    const { port, connections } = await serve();
    await open(port);
    await open(port);
    await waitFor(() => connections.length === 2, 'two connections');
    expect(connections.map((c) => c.id)).toEqual(['ws:1', 'ws:2']);
    expect((await upgrade(port, '/ws?user=alice')).status).toBe(101);
  });

  it.each(['127.0.0.1', 'localhost'])('accepts a page served by this host at %s', async (hostname) => {
    const { port } = await serve();
    expect(await upgrade(port, '/ws', { host: `${hostname}:${port}`, origin: `http://${hostname}:${port}` })).toEqual({ status: 101, reason: 'Switching Protocols' });
  });

  it.each([
    ['another path', '/socket', {}],
    ['a path below /ws', '/ws/x', {}],
    ['a page of another site', '/ws', { origin: 'https://evil.example' }],
    ['a loopback page on another port', '/ws', { origin: 'http://127.0.0.1:1' }],
    ['an origin whose host differs from the Host header', '/ws', { origin: 'http://127.0.0.1:PORT', host: 'localhost:PORT' }],
    ['a rebound DNS name (Host and Origin agree, not loopback)', '/ws', { origin: 'http://evil.example:PORT', host: 'evil.example:PORT' }],
    ['an opaque origin', '/ws', { origin: 'null' }],
  ])('refuses %s with 403 Forbidden', async (_what, path, headers: Record<string, string>) => {
    const { port, connections } = await serve();
    const withPort = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, v.replace('PORT', String(port))]));
    expect(await upgrade(port, path, withPort)).toEqual({ status: 403, reason: 'Forbidden' });
    expect(connections).toEqual([]);
  });

  it("answers with admit's refusal, and asks admit only about upgrades that passed the path and Origin checks", async () => {
    const admit = vi.fn(() => ({ status: 401, reason: 'Unauthorized' }));
    const { port } = await serve({ admit });
    expect(await upgrade(port, '/ws')).toEqual({ status: 401, reason: 'Unauthorized' });
    await upgrade(port, '/other');
    expect(admit).toHaveBeenCalledTimes(1);
  });

  it('ends a socket that fails mid-handshake instead of throwing', async () => {
    const { server } = await serve();
    const socket = new PassThrough();
    server.emit('upgrade', { url: '/elsewhere', headers: {} }, socket, Buffer.alloc(0));
    socket.emit('error', new Error('reset by peer'));
    expect(socket.destroyed).toBe(true);
  });

  it('does not keep the process alive by itself', async () => {
    const timers = () => process.getActiveResourcesInfo().filter((kind) => kind === 'Timeout').length;
    const before = timers();
    const server = createServer();
    const ws = attachWsServer(server, () => {});
    expect(timers()).toBe(before);
    ws.dispose();
  });

  it('pings every interval and terminates a peer that did not answer the previous ping', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const { port, connections } = await serve({ heartbeatMs: 1000 });
    const silent = await open(port, { autoPong: false });
    const answering = await open(port);
    await waitFor(() => connections.length === 2, 'two connections');
    const pinged = new Promise<void>((resolve) => answering.once('ping', () => resolve()));
    vi.advanceTimersByTime(1000);
    await pinged;
    // Frames arrive in order: once the server answers this (malformed) frame, it has read the pong before it.
    const answered = new Promise<void>((resolve) => answering.once('message', () => resolve()));
    answering.send('not a frame');
    await answered;
    expect(silent.readyState).toBe(WebSocket.OPEN);
    vi.advanceTimersByTime(1000);
    await closed(silent);
    expect(answering.readyState).toBe(WebSocket.OPEN);
  });

  it('dispose stops the heartbeat, closes open sockets and accepts no further upgrades', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const { port, ws } = await serve();
    const client = await open(port);
    expect(vi.getTimerCount()).toBe(1);
    ws.dispose();
    await closed(client);
    expect(vi.getTimerCount()).toBe(0);
    // With no upgrade listener left, Node hands the request to the plain handler, which has no /ws.
    expect((await upgrade(port, '/ws')).status).toBe(404);
  });
});
