/** The thread side of `createThreadPool`: answers each request with the function's result or its error. */
import { parentPort } from 'node:worker_threads';

export interface ThreadRequest<I> {
  id: number;
  input: I;
}
export type ThreadReply<O> = { id: number; ok: true; value: O } | { id: number; ok: false; error: string };

export function serveThread<I, O>(work: (input: I) => O): void {
  const port = parentPort;
  if (!port) throw new Error('serveThread runs only inside a worker thread');
  port.on('message', ({ id, input }: ThreadRequest<I>) => {
    let reply: ThreadReply<O>;
    try {
      reply = { id, ok: true, value: work(input) };
    } catch (error) {
      reply = { id, ok: false, error: error instanceof Error ? error.message : String(error) };
    }
    port.postMessage(reply);
  });
}
