/**
 * Work-queue throughput: no-op jobs through 4 queues of concurrency 10 on a file database, every state change
 * (available → executing → completed) a logged write broadcast on `queue:updates:<org>`, with one bus subscriber
 * (as a window would be). Jobs are enqueued in batches of 500 (one write each), as a context enqueueing a batch would.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createContexts } from '../src/main/app/createContexts';
import { createKernel } from '../src/main/kernel/createKernel';

export interface QueueResult {
  jobs: number;
  jobsPerSec: number;
  events: number;
  peakRssMiB: number;
}

export async function measureQueue(jobs = 20_000): Promise<QueueResult> {
  const dir = mkdtempSync(join(tmpdir(), 'switchboard-bench-queue-'));
  const kernel = createKernel({ file: join(dir, 'bench.sqlite') });
  const queues = ['q0', 'q1', 'q2', 'q3'];
  const contexts = createContexts(kernel, undefined, {}, { queues: Object.fromEntries(queues.map((q) => [q, 10])) });
  contexts.accounts.seedDemo();
  let events = 0;
  const stop = kernel.bus.subscribe('queue:updates:acme', () => void events++);
  for (const queue of queues) contexts.queue.define({ name: `bench.${queue}`, queue, maxAttempts: 1, perform: async () => undefined });
  const by = { kind: 'system', id: 'bench' } as const;
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);

  const start = performance.now();
  for (let i = 0; i < jobs; i += 500) {
    kernel.write(by, (emit) => {
      for (let j = i; j < Math.min(jobs, i + 500); j++) contexts.queue.enqueueIn(emit, { orgId: 'acme', worker: `bench.q${j % 4}`, args: { j }, by });
    });
    await new Promise((resolve) => setImmediate(resolve)); // let the workers run while the rest is enqueued
  }
  await contexts.queue.idle();
  const seconds = (performance.now() - start) / 1000;
  clearInterval(sampler);
  const completed = kernel.db.prepare("SELECT count(*) AS n FROM queue_jobs WHERE state = 'completed'").get() as { n: number };
  if (completed.n !== jobs) throw new Error(`queue bench: ${completed.n} of ${jobs} jobs completed`);
  stop();
  contexts.dispose();
  rmSync(dir, { recursive: true, force: true });
  return { jobs, jobsPerSec: jobs / seconds, events, peakRssMiB: peak / 2 ** 20 };
}
