/**
 * The checkpointer's thread: it takes automatic checkpoints away from the writer's connection, never keeps the
 * process alive on its own, and gives the checkpoints back to the writer should the thread fail.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openDatabase, type Db } from '../../../../src/main/kernel/db/openDatabase';
import { startCheckpointer, type Checkpointer } from '../../../../src/main/kernel/db/startCheckpointer';
import { waitFor } from '../../../support/waitFor';

describe('startCheckpointer', () => {
  const cleanups: (() => void)[] = [];
  afterEach(() => {
    cleanups.splice(0).reverse().forEach((cleanup) => cleanup());
    vi.restoreAllMocks();
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
    // A spy on the prototype rather than a mocked module: mutation runs share one module graph between test files.
    const unref = vi.spyOn(Worker.prototype, 'unref');
    const { db } = start();
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
    expect(unref).toHaveBeenCalledTimes(1);
  });

  it('gives checkpoints back to the writer’s connection when the thread fails', async () => {
    // The thread cannot open a file in a folder that does not exist: it fails at start.
    const { db } = start(join(tmpdir(), 'switchboard-no-such-folder', 'x', 'switchboard.sqlite'));
    await waitFor(() => db.pragma('wal_autocheckpoint', { simple: true }) === 1000, 'the writer to checkpoint again');
  });
});
