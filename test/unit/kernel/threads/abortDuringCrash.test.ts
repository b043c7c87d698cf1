/**
 * A task aborted after its thread crashed, but before the crash's 'error' event arrived: the abort lets the thread go,
 * and the late 'error' must leave the pool alone. (It once spliced index -1, dropping the last thread, busy with other
 * work: that thread stayed ref'd once idle, keeping the process alive, and dispose never terminated it.) The test
 * blocks for up to 50 ms without yielding so the crash's event stays queued behind the abort.
 */
import type { Worker } from 'node:worker_threads';
import { afterEach, expect, it, vi } from 'vitest';
import { recordRefs } from './recordRefs';
import { createThreadPool } from '../../../../src/main/kernel/threads/createThreadPool';

const entry = new URL('./fixtures/testThread.mjs', import.meta.url);
const refed = new Map<Worker, boolean>();
afterEach(() => vi.restoreAllMocks());

it('a crash that lands after its task was aborted leaves the other threads alone', async () => {
  recordRefs(refed);
  const cells = new Int32Array(new SharedArrayBuffer(16));
  const pool = createThreadPool<object, unknown>(entry, 2);
  const held = pool.run({ op: 'hold', cells: cells.buffer, gate: 1 });
  const controller = new AbortController();
  const crashing = pool.run({ op: 'crashFlagged', cells: cells.buffer, flag: 2 }, controller.signal);
  // Without yielding (so the crash's 'error' event stays queued): wait for the thread to go down, then abort its task.
  Atomics.wait(cells, 2, 0, 10_000);
  Atomics.wait(cells, 3, 0, 50);
  controller.abort(new Error('aborted'));
  await expect(crashing).rejects.toThrow('aborted');
  const [holding] = refed.keys();
  await vi.waitFor(() => expect(Atomics.load(cells, 0)).toBe(1));
  Atomics.store(cells, 1, 1);
  Atomics.notify(cells, 1);
  await held;
  await new Promise((resolve) => setImmediate(resolve));
  expect(refed.get(holding!)).toBe(false); // an orphaned thread would stay ref'd
  const exit = new Promise((resolve) => holding!.once('exit', resolve));
  pool.dispose();
  await exit; // and dispose terminates it
});
