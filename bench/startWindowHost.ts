/**
 * Starts bench/windowHostWorker serving the built renderer: on a thread (latency, throughput, reload) or as a child
 * process (`process: true`, so its RSS is the host's alone), with one request/answer helper for both.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { benchFile } from './benchRow';

export interface WindowHost {
  post(message: object): void;
  next(kind: string): Promise<Record<string, unknown>>;
  /** The child's pid when started as a process. */
  readonly pid: number | undefined;
  stop(): Promise<void>;
}

export function startWindowHost(url: URL, options: { commitTimes?: Float64Array; process?: boolean } = {}): WindowHost {
  const setup = { rendererDir: fileURLToPath(benchFile('../renderer/')), commitTimes: options.commitTimes };
  const endpoint: Worker | ChildProcess = options.process
    ? fork(fileURLToPath(url), [JSON.stringify({ rendererDir: setup.rendererDir })], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'], execArgv: ['--expose-gc'] })
    : new Worker(url, { workerData: setup });
  const next = (kind: string) =>
    new Promise<Record<string, unknown>>((resolve) => {
      const on = (m: { kind: string } & Record<string, unknown>) => {
        if (m.kind !== kind) return;
        endpoint.off('message', on);
        resolve(m);
      };
      endpoint.on('message', on);
    });
  return {
    post: (message) => (endpoint instanceof Worker ? endpoint.postMessage(message) : endpoint.send(message)),
    next,
    pid: endpoint instanceof Worker ? undefined : endpoint.pid,
    async stop() {
      const stopped = next('stopped');
      this.post({ kind: 'stop' });
      await stopped;
      if (endpoint instanceof Worker) await endpoint.terminate();
      else if (endpoint.exitCode === null) await new Promise((resolve) => endpoint.once('exit', resolve));
    },
  };
}
