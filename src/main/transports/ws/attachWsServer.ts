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
import { createLogger } from '../../kernel/logger';
import { createWsTransport } from './createWsTransport';

/** The frame limit: a valid command's largest frame (a 1 MiB console append, JSON-escaped) fits. */
export const MAX_FRAME_BYTES = 8 * 2 ** 20;

export interface WsServerOptions {
  heartbeatMs?: number;
  /** Decides whether an upgrade may proceed; a refusal answers with its status and writes nothing. */
  admit?: (request: IncomingMessage) => { status: number; reason: string } | undefined;
}

const logger = createLogger('switchboard:ws');

function refuse(socket: Duplex, status: number, reason: string) {
  socket.end(`HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

export function attachWsServer(server: Server, onTransport: (id: string, transport: Transport) => void, options: WsServerOptions = {}): Disposable {
  // The largest valid frame is a console append: 1 MiB of text that JSON may escape up to six bytes a character.
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_FRAME_BYTES });
  wss.on('error', (error) => logger.warn(`WebSocket server error: ${error.message}`));
  let nextId = 1;

  const onUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    // A socket reset mid-handshake must not become an unhandled 'error' that stops the host.
    socket.on('error', () => socket.destroy());
    const path = (request.url ?? '/').split('?')[0];
    if (path !== '/ws' || !originAllowed(request.headers.origin, request.headers.host)) {
      refuse(socket, 403, 'Forbidden');
      return;
    }
    const refusal = options.admit?.(request);
    if (refusal) {
      refuse(socket, refusal.status, refusal.reason);
      return;
    }
    wss.handleUpgrade(request, socket, head, (ws) => {
      // With `noServer`, ws tracks the socket in `clients` but emits no 'connection': mark it alive here.
      alive.add(ws);
      ws.on('pong', () => alive.add(ws));
      // Protocol violations (oversized or unmasked frames, invalid UTF-8, reserved opcodes) end this socket with
      // the matching close code, which ws sends itself; the error must only be observed, never thrown.
      ws.on('error', (error) => logger.debug(`socket closed on a protocol error: ${error.message}`));
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
