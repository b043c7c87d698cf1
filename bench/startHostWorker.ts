/** Starts bench/hostWorker on its own thread and offers a typed request/answer helper over its messages. */
import { Worker } from 'node:worker_threads';

export interface HostWorker {
  worker: Worker;
  next(kind: string): Promise<Record<string, unknown>>;
  stop(): Promise<void>;
}

export function startHostWorker(url: URL, commitTimes: Float64Array, stageTimes?: Float64Array): HostWorker {
  const worker = new Worker(url, { workerData: { commitTimes, stageTimes } });
  const next = (kind: string) =>
    new Promise<Record<string, unknown>>((resolve) => {
      const onMessage = (m: { kind: string } & Record<string, unknown>) => {
        if (m.kind !== kind) return;
        worker.off('message', onMessage);
        resolve(m);
      };
      worker.on('message', onMessage);
    });
  return {
    worker,
    next,
    async stop() {
      worker.postMessage({ kind: 'stop' });
      await next('stopped');
      await worker.terminate();
    },
  };
}
