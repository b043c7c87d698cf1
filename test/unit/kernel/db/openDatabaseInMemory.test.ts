/**
 * `:memory:` is SQLite's name for a database without a file: opening it makes no file named `:memory:` in the
 * working directory (the pool runs each test file in its own process, so changing directory here is safe).
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../src/main/kernel/db/openDatabase';

describe('openDatabase(":memory:")', () => {
  it('creates no file in the working directory and works as a database', () => {
    const dir = mkdtempSync(join(tmpdir(), 'switchboard-cwd-'));
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      const db = openDatabase(':memory:');
      db.exec('CREATE TABLE t (x INTEGER) STRICT; INSERT INTO t VALUES (1)');
      expect(db.prepare('SELECT x FROM t').pluck().get()).toBe(1);
      expect(db.pragma('journal_mode', { simple: true })).toBe('memory');
      db.close();
      expect(readdirSync(dir)).toEqual([]);
    } finally {
      process.chdir(cwd);
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
