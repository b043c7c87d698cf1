/** Starts bench/hostWorker on its own thread and offers a typed request/answer helper over its messages. */
import { Worker } from 'node:worker_threads';
import { answerOf } from './support/workerAnswer';
import type { OrganizationSeed } from '../src/main/contexts/accounts';
import type { QueueSettings } from '../src/main/contexts/queue';

export interface HostWorker {
  worker: Worker;
  next(kind: string): Promise<Record<string, unknown>>;
  stop(): Promise<void>;
}

export interface HostWorkerOptions {
  /** The host's work-queue concurrency (e.g. 50 processes running their steps at once). */
  queue?: QueueSettings;
  /** The built renderer, so real app pages open from the host. */
  rendererDir?: string;
  /** Organizations to create besides the demo ones (a 1,000-user one for the fan-out). */
  organizations?: OrganizationSeed[];
  /** Per-stage stamps of a breakdown run (see stageBreakdown.ts); without it the host runs unprobed. */
  stageTimes?: Float64Array;
}

export function startHostWorker(url: URL, commitTimes: Float64Array, options: HostWorkerOptions = {}): HostWorker {
  const worker = new Worker(url, { workerData: { commitTimes, ...options } });
  const next = (kind: string) => answerOf(worker, kind);
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
