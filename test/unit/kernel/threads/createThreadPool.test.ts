/**
 * The thread pool against real worker threads (fixtures/testThread.mjs runs the real serveThread): results and errors
 * reach the right caller, at most `size` threads work at once and the rest queue in order, a crashed, exited or
 * aborted thread fails its task and is replaced, disposal fails everything and stops every thread, and only a thread
 * with work keeps the process alive. No sleeps: tests wait on worker events or on counters the workers set.
 */
import type { Worker } from 'node:worker_threads';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { recordRefs } from './recordRefs';
import { createThreadPool, type ThreadPool } from '../../../../src/main/kernel/threads/createThreadPool';

type Op =
  | { op: 'echo' | 'stray'; value: unknown }
  | { op: 'threadId' }
  | { op: 'throw'; value: string }
  | { op: 'throwValue' | 'crash'; value: unknown }
  | { op: 'exit'; value: number }
  | { op: 'hold'; cells: SharedArrayBuffer; gate: number };

const entry = new URL('./fixtures/testThread.mjs', import.meta.url);
const pools: ThreadPool<Op, unknown>[] = [];

function poolOf(size: number): ThreadPool<Op, unknown> {
  const pool = createThreadPool<Op, unknown>(entry, size);
  pools.push(pool);
  return pool;
}

/** Each worker the pools made, in spawn order, with whether its last ref()/unref() left it keeping the process alive. */
const refed = new Map<Worker, boolean>();
const workers = () => [...refed.keys()];
const busy = () => workers().filter((worker) => refed.get(worker));

/** Gated `hold` tasks: cells[0] counts the holds that started, cells[gate] lets one finish once set. */
function gates(count: number) {
  const cells = new Int32Array(new SharedArrayBuffer(4 * (count + 1)));
  return {
    hold: (gate: number): Op => ({ op: 'hold', cells: cells.buffer as SharedArrayBuffer, gate }),
    started: () => Atomics.load(cells, 0),
    open(gate: number) {
      Atomics.store(cells, gate, 1);
      Atomics.notify(cells, gate);
    },
    openAll() {
      for (let gate = 1; gate <= count; gate++) this.open(gate);
    },
  };
}

/** The worker's exit (events.once would reject on its 'error' event, which a crash emits first). */
const exited = (worker: Worker) => new Promise<number>((resolve) => worker.once('exit', resolve));

const disposedError = 'the thread pool is disposed';

beforeEach(() => recordRefs(refed));

afterEach(() => {
  for (const pool of pools.splice(0)) pool.dispose();
  vi.restoreAllMocks();
  refed.clear();
});

describe('createThreadPool', () => {
  it('answers each run with its own result, whichever thread ran it', async () => {
    const pool = poolOf(2);
    const inputs = [0, 1, 'two', { three: [3] }, null, 5, 6, 'seven'];
    await expect(Promise.all(inputs.map((value) => pool.run({ op: 'echo', value })))).resolves.toEqual(inputs);
  });

  it('rejects a run with the error its work threw, by message, and the thread serves the next run', async () => {
    const pool = poolOf(1);
    const thrown = pool.run({ op: 'throw', value: 'no such case' });
    await expect(thrown).rejects.toBeInstanceOf(Error);
    await expect(thrown).rejects.toThrow('no such case');
    await expect(pool.run({ op: 'throwValue', value: 'a bare string' })).rejects.toThrow('a bare string');
    await expect(pool.run({ op: 'echo', value: 'after' })).resolves.toBe('after');
    expect(workers()).toHaveLength(1);
  });

  it('ignores a reply that answers another task', async () => {
    const pool = poolOf(1);
    await expect(pool.run({ op: 'stray', value: 'real' })).resolves.toBe('real');
  });

  it('runs at most `size` threads at once and reuses them for the rest', async () => {
    const pool = poolOf(2);
    const ids = await Promise.all(Array.from({ length: 6 }, () => pool.run({ op: 'threadId' })));
    expect(new Set(ids).size).toBe(2);
    expect(workers()).toHaveLength(2);
    expect(new Set(ids)).toEqual(new Set(workers().map((worker) => worker.threadId)));
  });

  it('queues a run while every thread is busy and starts it on the first thread to free up', async () => {
    const pool = poolOf(2);
    const g = gates(3);
    let firstDone = false;
    const first = pool.run(g.hold(1)).finally(() => (firstDone = true));
    const second = pool.run(g.hold(2));
    const third = pool.run(g.hold(3));
    await vi.waitFor(() => expect(g.started()).toBe(2));
    expect(workers()).toHaveLength(2);
    g.open(2);
    const secondThread = await second;
    g.open(3);
    await expect(third).resolves.toBe(secondThread);
    expect(firstDone).toBe(false);
    g.open(1);
    await expect(first).resolves.not.toBe(secondThread);
    expect(workers()).toHaveLength(2);
  });

  it('fails the run in flight when its thread crashes, and a fresh thread takes the queue', async () => {
    const pool = poolOf(1);
    const crashed = pool.run({ op: 'crash', value: new Error('parser blew up') });
    const queued = pool.run({ op: 'threadId' });
    await expect(crashed).rejects.toThrow('parser blew up');
    const [dead, fresh] = workers();
    await expect(queued).resolves.toBe(fresh!.threadId);
    expect(fresh).not.toBe(dead);
  });

  it('names what a crashing thread threw when it was not an Error', async () => {
    const pool = poolOf(1);
    await expect(pool.run({ op: 'crash', value: 'boom' })).rejects.toThrow('the worker thread stopped (boom)');
    await expect(pool.run({ op: 'echo', value: 'still serving' })).resolves.toBe('still serving');
  });

  it('fails the run in flight when its thread exits, with the exit code, and serves the next run on a fresh thread', async () => {
    const pool = poolOf(1);
    await expect(pool.run({ op: 'exit', value: 3 })).rejects.toThrow('the worker thread exited with code 3');
    await expect(pool.run({ op: 'threadId' })).resolves.toBe(workers()[1]!.threadId);
  });

  it('keeps its replacement thread once the crashed one has exited too', async () => {
    const pool = poolOf(1);
    const crashed = pool.run({ op: 'crash', value: new Error('gone') });
    const deadExit = exited(workers()[0]!);
    const queued = pool.run({ op: 'threadId' });
    await expect(crashed).rejects.toThrow('gone');
    const replacement = await queued;
    await deadExit;
    await expect(pool.run({ op: 'threadId' })).resolves.toBe(replacement);
    expect(workers()).toHaveLength(2);
  });

  it('rejects a run whose signal is already aborted with its reason, without running it', async () => {
    const pool = poolOf(1);
    const reason = new Error('the user went elsewhere');
    await expect(pool.run({ op: 'echo', value: 'ran' }, AbortSignal.abort(reason))).rejects.toBe(reason);
    await expect(pool.run({ op: 'echo', value: 'next' })).resolves.toBe('next');
  });

  it('aborting a run in flight rejects it with the reason, terminates its thread and moves the queue on', async () => {
    const pool = poolOf(1);
    const g = gates(1);
    const controller = new AbortController();
    const held = pool.run(g.hold(1), controller.signal);
    const queued = pool.run({ op: 'threadId' });
    await vi.waitFor(() => expect(g.started()).toBe(1));
    const [stuck] = workers();
    const stuckExit = exited(stuck!);
    const reason = new Error('cancelled');
    controller.abort(reason);
    await expect(held).rejects.toBe(reason);
    await stuckExit;
    await expect(queued).resolves.not.toBe(stuck!.threadId);
    expect(workers()).toHaveLength(2);
  });

  it('aborting a run that already finished disturbs nothing, not even the next task on its thread', async () => {
    const pool = poolOf(1);
    const g = gates(1);
    const controller = new AbortController();
    const thread = await pool.run({ op: 'threadId' }, controller.signal);
    const next = pool.run(g.hold(1));
    await vi.waitFor(() => expect(g.started()).toBe(1));
    controller.abort(new Error('too late'));
    g.open(1);
    await expect(next).resolves.toBe(thread);
    expect(workers()).toHaveLength(1);
  });

  it('keeps the process alive only through threads that have work', async () => {
    const pool = poolOf(2);
    const g = gates(1);
    const held = pool.run(g.hold(1));
    const quick = await pool.run({ op: 'threadId' });
    await vi.waitFor(() => expect(g.started()).toBe(1));
    const [holding, idle] = workers();
    expect(idle!.threadId).toBe(quick);
    expect(busy()).toEqual([holding]);
    g.open(1);
    await held;
    expect(busy()).toEqual([]);
  });

  it('dispose rejects queued and running work, terminates every thread and refuses new runs', async () => {
    const pool = poolOf(2);
    const g = gates(2);
    const running = [pool.run(g.hold(1)), pool.run(g.hold(2))];
    const queued = pool.run({ op: 'echo', value: 'never' });
    await vi.waitFor(() => expect(g.started()).toBe(2));
    const exits = workers().map((worker) => exited(worker));
    pool.dispose();
    for (const run of [...running, queued]) await expect(run).rejects.toThrow(disposedError);
    await Promise.all(exits);
    await expect(pool.run({ op: 'echo', value: 'late' })).rejects.toThrow(disposedError);
    expect(workers()).toHaveLength(2);
  });
});
