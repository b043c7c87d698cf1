/**
 * WAL checkpoints happen on a worker thread, not inside the writer's commits: the writer's connection never copies
 * pages into the database file, yet the file catches up within about a second of a burst of writes.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createKernel } from '../../../src/main/kernel/createKernel';
import { waitFor } from '../../support/waitFor';

describe('checkpointer', () => {
  const dir = mkdtempSync(join(tmpdir(), 'switchboard-checkpoint-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('copies a burst of writes into the database file off the writer’s thread', async () => {
    const file = join(dir, 'kernel.sqlite');
    const kernel = createKernel({ file });
    try {
      expect(kernel.db.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
      kernel.db.exec('CREATE TABLE filler (id INTEGER PRIMARY KEY, text TEXT NOT NULL)');
      const before = statSync(file).size;
      const insert = kernel.db.prepare('INSERT INTO filler (text) VALUES (?)');
      kernel.db.transaction(() => {
        for (let i = 0; i < 20_000; i++) insert.run('x'.repeat(200));
      })();
      // About 4 MiB sit in the WAL; the database file itself has not grown: the writer never checkpoints.
      expect(statSync(file).size).toBe(before);
      await waitFor(() => statSync(file).size > before + 2 ** 20, 'the checkpointer to copy the pages', 5000);
    } finally {
      kernel.dispose();
    }
  });
});
