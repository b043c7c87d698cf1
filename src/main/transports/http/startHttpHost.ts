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
import { serveStatic } from './serveStatic';

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
  const server = createServer((req, res) => {
    if (api(req, res)) return;
    if (renderer) renderer(req, res);
    else res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
  });
  server.keepAliveTimeout = 5000;
  const ws: Disposable | undefined = options.websocket
    ? attachWsServer(server, (id, transport) => kernel.sync.connect(id, transport), { heartbeatMs: options.heartbeatMs })
    : undefined;

  return new Promise((resolve, reject) => {
    server.once('error', (error) => {
      ws?.dispose();
      reject(error);
    });
    server.listen(options.port, options.host ?? '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
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
