/**
 * One loopback HTTP server: the REST API always; the built renderer and the `/ws` frame endpoint in headless
 * mode. The Electron shell starts it API-only, the headless host with everything.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Actor } from '../../kernel/actor';
import type { Kernel } from '../../kernel/createKernel';
import type { Disposable } from '../../kernel/disposable';
import { attachWsServer } from '../ws/attachWsServer';
import { createRestApi } from './createRestApi';
import { createLaunchGate, type LaunchGate } from './createLaunchGate';
import { requestPath } from './requestPath';
import { sendError } from './sendJson';
import { serveStatic } from './serveStatic';
import { SwitchboardError } from '../../../shared/contract';
import { createRepeatLog, kindOf } from '../../kernel/createRepeatLog';
import { createLogger } from '../../kernel/logger';

const failures = createRepeatLog(createLogger('switchboard:http'));

/** What the host needs of the running core (the app satisfies it). */
export interface HostCore {
  readonly kernel: Pick<Kernel, 'sync' | 'registry' | 'log'>;
  authenticate(token: string): Actor | null;
}

export interface HttpHostOptions {
  port: number;
  host?: string;
  /** Serve the built renderer from this folder. */
  rendererDir?: string;
  /** Accept window connections on `/ws`. */
  websocket?: boolean;
  /** How often idle sockets are pinged; a socket that missed one ping is dropped. */
  heartbeatMs?: number;
  /** The launch key windows must carry (headless host); without it, windows are not guarded. */
  launchKey?: string;
}

/** A listening host. */
export interface HttpHost {
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

export function startHttpHost(core: HostCore, options: HttpHostOptions): Promise<HttpHost> {
  const { kernel } = core;
  const api = createRestApi({
    registry: kernel.registry,
    authenticate: core.authenticate,
    health: () => ({ seq: kernel.log.head(), epoch: kernel.log.epoch, windows: kernel.sync.connections().length }),
  });
  const renderer = options.rendererDir ? serveStatic(options.rendererDir) : undefined;
  // Made once the port is known (the cookie is named by it); no request arrives before.
  let gate: LaunchGate | undefined;
  const isPage = (path: string) => path === '/' || path === '/index.html';
  const server = createServer((req, res) => {
    // Whatever a request holds, it gets an answer and the host stays up (any local process or web page can send one).
    try {
      const path = requestPath(req.url);
      if (api(req, res, path.raw)) return;
      if (gate && isPage(path.decoded) && !gate.admitPage(req, res)) return;
      if (renderer) renderer(req, res, path.decoded);
      else res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
    } catch (error) {
      if (!(error instanceof SwitchboardError)) failures.error(kindOf(error), `${req.method} ${String(req.url).slice(0, 200)} failed`, error);
      if (!res.headersSent) sendError(res, error);
      else res.destroy();
    }
  });
  // Unparseable requests (bad header bytes, oversized headers) end with a 400 on that socket alone.
  server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    const status = error.code === 'HPE_HEADER_OVERFLOW' ? '431 Request Header Fields Too Large' : '400 Bad Request';
    if (socket.writable) socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
    else socket.destroy();
  });
  server.keepAliveTimeout = 5000;
  const ws: Disposable | undefined = options.websocket
    ? attachWsServer(server, (id, transport) => kernel.sync.connect(id, transport), {
        heartbeatMs: options.heartbeatMs,
        admit: (req) => gate?.admitUpgrade(req),
      })
    : undefined;

  return new Promise((resolve, reject) => {
    server.once('error', (error) => {
      ws?.dispose();
      reject(error);
    });
    server.listen(options.port, options.host ?? '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      if (options.launchKey) gate = createLaunchGate(options.launchKey, port);
      resolve({
        url: `http://${options.host ?? '127.0.0.1'}:${port}`,
        port,
        close: () =>
          new Promise((done) => {
            ws?.dispose();
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
