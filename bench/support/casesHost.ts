/** Starts bench/casesHostWorker on its own thread (a host with a fixture register) and asks it for work by message. */
import { Worker } from 'node:worker_threads';
import type { CasesHostOptions, CasesHostRequest } from '../casesHostWorker';

export interface CasesHost {
  /** The app's page for alice, without a route (append `#/cases`). */
  url: string;
  /** Sends a request and resolves with the worker's answer of kind `answer`. */
  ask<T>(request: CasesHostRequest, answer: string): Promise<T>;
  stop(): Promise<void>;
}

export async function startCasesHost(entry: URL, options: CasesHostOptions): Promise<CasesHost> {
  const worker = new Worker(entry, { workerData: options });
  const next = <T>(kind: string) =>
    new Promise<T>((resolve, reject) => {
      const onMessage = (m: { kind: string }) => {
        if (m.kind !== kind) return;
        worker.off('message', onMessage).off('error', reject);
        resolve(m as T);
      };
      worker.on('message', onMessage).once('error', reject);
    });
  const { url } = await next<{ url: string }>('ready');
  return {
    url,
    ask(request, answer) {
      const reply = next<never>(answer);
      worker.postMessage(request);
      return reply;
    },
    async stop() {
      worker.postMessage({ kind: 'stop' } satisfies CasesHostRequest);
      await next('stopped');
      await worker.terminate();
    },
  };
}
