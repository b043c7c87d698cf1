/**
 * A few worker threads for CPU-heavy work (parsing a register's HTML, say), so the bus and every window's
 * updates never wait behind it. Each thread runs one task at a time; tasks queue in order. Aborting a task
 * terminates its thread (the only way to stop synchronous work) and a fresh one takes its place.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ThreadReply, ThreadRequest } from './serveThread';

export interface ThreadPool<I, O> {
  run(input: I, signal?: AbortSignal): Promise<O>;
  dispose(): void;
}

interface Task<I, O> {
  id: number;
  input: I;
  signal?: AbortSignal;
  resolve(value: O): void;
  reject(error: unknown): void;
}

interface Thread {
  worker: Worker;
  task?: Task<unknown, unknown>;
}

export function createThreadPool<I, O>(entry: URL, size = Math.max(1, availableParallelism() - 1)): ThreadPool<I, O> {
  const threads: Thread[] = [];
  const waiting: Task<I, O>[] = [];
  let nextId = 1;
  let disposed = false;

  function spawn(): Thread {
    const thread: Thread = { worker: new Worker(entry) };
    thread.worker.unref();
    thread.worker.on('message', (reply: ThreadReply<O>) => {
      const task = thread.task;
      if (!task || task.id !== reply.id) return;
      thread.task = undefined;
      if (reply.ok) task.resolve(reply.value);
      else task.reject(new Error(reply.error));
      pump();
    });
    const lost = (error: unknown) => {
      // A thread already let go (its task aborted, or the pool disposed) can still report its crash: splice(-1)
      // would then drop another, busy thread from the pool.
      if (!threads.includes(thread)) return;
      const task = thread.task;
      thread.task = undefined;
      threads.splice(threads.indexOf(thread), 1);
      task?.reject(error instanceof Error ? error : new Error(`the worker thread stopped (${String(error)})`));
      pump();
    };
    thread.worker.on('error', lost);
    thread.worker.on('exit', (code) => lost(new Error(`the worker thread exited with code ${code}`)));
    threads.push(thread);
    return thread;
  }

  function pump() {
    if (disposed) return;
    while (waiting.length > 0) {
      const thread = threads.find((t) => !t.task) ?? (threads.length < size ? spawn() : undefined);
      if (!thread) return;
      const task = waiting.shift()!;
      if (task.signal?.aborted) {
        task.reject(task.signal.reason);
        continue;
      }
      thread.task = task as Task<unknown, unknown>;
      thread.worker.ref();
      const request: ThreadRequest<I> = { id: task.id, input: task.input };
      thread.worker.postMessage(request);
      task.signal?.addEventListener(
        'abort',
        () => {
          if (thread.task !== (task as Task<unknown, unknown>)) return;
          thread.task = undefined;
          threads.splice(threads.indexOf(thread), 1);
          void thread.worker.terminate();
          task.reject(task.signal!.reason);
          pump();
        },
        { once: true },
      );
    }
    for (const t of threads) if (!t.task) t.worker.unref();
  }

  return {
    run(input, signal) {
      if (disposed) return Promise.reject(new Error('the thread pool is disposed'));
      return new Promise<O>((resolve, reject) => {
        waiting.push({ id: nextId++, input, signal, resolve, reject });
        pump();
      });
    },
    dispose() {
      disposed = true;
      for (const task of waiting.splice(0)) task.reject(new Error('the thread pool is disposed'));
      for (const thread of threads.splice(0)) {
        thread.task?.reject(new Error('the thread pool is disposed'));
        void thread.worker.terminate();
      }
    },
  };
}
