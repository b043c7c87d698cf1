/**
 * Accepts WebSocket upgrades on `/ws` of the headless host's HTTP server and hands each socket to `onTransport`.
 * Only pages of this host (or clients that send no Origin, like Node) may connect: a web page elsewhere must not
 * drive a local Switchboard through the user's browser.
 */
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import type { Disposable } from '../../kernel/disposable';
import type { Transport } from '../../kernel/transport';
import { createWsTransport } from './createWsTransport';

export function attachWsServer(
  server: Server,
  onTransport: (id: string, transport: Transport) => void,
  options: { heartbeatMs?: number } = {},
): Disposable {
  const wss = new WebSocketServer({ noServer: true, maxPayload: 1 << 20 });
  let nextId = 1;

  const onUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const url = new URL(request.url ?? '/', 'http://host');
    if (url.pathname !== '/ws' || !originAllowed(request.headers.origin, request.headers.host)) {
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
      return;
    }
    wss.handleUpgrade(request, socket, head, (ws) => {
      // With `noServer`, ws tracks the socket in `clients` but emits no 'connection': mark it alive here.
      alive.add(ws);
      ws.on('pong', () => alive.add(ws));
      onTransport(`ws:${nextId++}`, createWsTransport(ws));
    });
  };
  server.on('upgrade', onUpgrade);

  // Pings find sockets whose peer vanished without a close (sleep, pulled cable) so their connection is released.
  const alive = new WeakSet<object>();
  const heartbeat = setInterval(() => {
    for (const ws of wss.clients) {
      if (!alive.has(ws)) {
        ws.terminate();
        continue;
      }
      alive.delete(ws);
      ws.ping();
    }
  }, options.heartbeatMs ?? 15_000);
  heartbeat.unref();

  return {
    dispose() {
      clearInterval(heartbeat);
      server.off('upgrade', onUpgrade);
      for (const ws of wss.clients) ws.terminate();
      wss.close();
    },
  };
}

function originAllowed(origin: string | undefined, host: string | undefined): boolean {
  if (!origin) return true;
  try {
    const url = new URL(origin);
    return url.host === host && (url.hostname === '127.0.0.1' || url.hostname === 'localhost');
  } catch {
    return false;
  }
}
