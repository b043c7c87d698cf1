/**
 * A front for a real host that fails chosen requests with 503, either before passing them on (the host never saw
 * them) or after (the host acted, but the agent never hears so): the two ways a call is lost on a real network.
 */
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Asked twice per request: before it is passed on, then with the host's status; true answers 503 instead. */
export type FailWhen = (request: { method: string; path: string; stage: 'before' } | { method: string; path: string; stage: 'after'; status: number }) => boolean;

export interface FlakyProxy {
  readonly url: string;
  /** Every request that was failed, as `METHOD /path (before|after)`. */
  readonly failed: string[];
  close(): Promise<void>;
}

export async function startFlakyProxy(target: string, fail: FailWhen): Promise<FlakyProxy> {
  const failed: string[] = [];
  const server = createServer((req, res) => {
    const method = req.method!;
    const path = req.url!;
    void (async () => {
      const body = await readBody(req);
      if (fail({ method, path, stage: 'before' })) {
        failed.push(`${method} ${path} (before)`);
        return void res.writeHead(503).end();
      }
      const answer = await fetch(`${target}${path}`, {
        method,
        headers: { authorization: req.headers.authorization ?? '', 'content-type': req.headers['content-type'] ?? 'application/json' },
        ...(body.length > 0 ? { body } : {}),
      });
      const text = await answer.text();
      if (fail({ method, path, stage: 'after', status: answer.status })) {
        failed.push(`${method} ${path} (after)`);
        return void res.writeHead(503).end();
      }
      res.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json' }).end(text);
    })().catch((error: unknown) => res.writeHead(502).end(String(error)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    failed,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req as AsyncIterable<Buffer>) chunks.push(chunk);
  return Buffer.concat(chunks);
}
