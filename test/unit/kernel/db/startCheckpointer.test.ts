/**
 * The checkpointer's thread: it takes automatic checkpoints away from the writer's connection, never keeps the
 * process alive on its own, and gives the checkpoints back to the writer should the thread fail.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type * as WorkerThreads from 'node:worker_threads';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openDatabase, type Db } from '../../../../src/main/kernel/db/openDatabase';
import { startCheckpointer, type Checkpointer } from '../../../../src/main/kernel/db/startCheckpointer';
import { waitFor } from '../../../support/waitFor';

/** The real Worker, recording each thread started and whether it was unref'd (Node can't tell from outside). */
const threads = vi.hoisted(() => [] as { unrefd: boolean }[]);
vi.mock('node:worker_threads', async (importOriginal) => {
  const actual = await importOriginal<typeof WorkerThreads>();
  class RecordedWorker extends actual.Worker {
    readonly #record = { unrefd: false };
    constructor(...args: ConstructorParameters<typeof actual.Worker>) {
      super(...args);
      threads.push(this.#record);
    }
    override unref() {
      this.#record.unrefd = true;
      super.unref();
    }
  }
  return { ...actual, Worker: RecordedWorker };
});

describe('startCheckpointer', () => {
  const cleanups: (() => void)[] = [];
  afterEach(() => {
    cleanups.splice(0).reverse().forEach((cleanup) => cleanup());
    threads.length = 0;
  });

  function start(threadFile?: string): { db: Db; checkpointer: Checkpointer } {
    const dir = mkdtempSync(join(tmpdir(), 'switchboard-ckpt-'));
    const file = join(dir, 'switchboard.sqlite');
    const db = openDatabase(file);
    const checkpointer = startCheckpointer(db, threadFile ?? file, 20);
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }), () => db.close(), () => checkpointer.stop());
    return { db, checkpointer };
  }

  it('turns the writer’s automatic checkpoints off and starts a thread that does not keep the process alive', () => {
    const { db } = start();
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
    expect(threads).toHaveLength(1);
    expect(threads[0]!.unrefd).toBe(true);
  });

  it('gives checkpoints back to the writer’s connection when the thread fails', async () => {
    // The thread cannot open a file in a folder that does not exist: it fails at start.
    const { db } = start(join(tmpdir(), 'switchboard-no-such-folder', 'x', 'switchboard.sqlite'));
    await waitFor(() => db.pragma('wal_autocheckpoint', { simple: true }) === 1000, 'the writer to checkpoint again');
  });
});
