/** A loopback HTTP server around one request handler, for the HTTP transport's unit tests. */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface HandlerServer {
  readonly url: string;
  close(): Promise<void>;
}

export async function serveHandler(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<HandlerServer> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
