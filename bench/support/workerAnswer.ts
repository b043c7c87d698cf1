/**
 * The next message of `kind` from a bench worker (a host, a peer server, a client): the request/answer the bench's
 * workers speak. Fails if the worker dies first, rather than waiting for an answer that cannot come.
 */
import type { Worker } from 'node:worker_threads';

export function answerOf(worker: Worker, kind: string): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const onMessage = (m: { kind: string } & Record<string, unknown>) => {
      if (m.kind !== kind) return;
      worker.off('message', onMessage).off('error', reject);
      resolve(m);
    };
    worker.on('message', onMessage).once('error', reject);
  });
}
