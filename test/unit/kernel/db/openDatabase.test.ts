/**
 * The database file: owner-only, WAL, foreign keys on, a busy timeout and NORMAL sync; a file that is not a
 * database stops start-up with DatabaseOpenError and is left as it was.
 */
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../src/main/kernel/db/openDatabase';
import { DatabaseOpenError } from '../../../../src/main/kernel/db/storageErrors';

describe('openDatabase', () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));
  const file = () => {
    const dir = mkdtempSync(join(tmpdir(), 'switchboard-db-'));
    dirs.push(dir);
    return join(dir, 'switchboard.sqlite');
  };

  it('creates the file for its owner only and opens it in WAL with foreign keys, busy timeout and NORMAL sync', () => {
    const path = file();
    const db = openDatabase(path);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(db.pragma('synchronous', { simple: true })).toBe(1);
    db.close();
  });

  it('tightens an existing file made readable by others', () => {
    const path = file();
    openDatabase(path).close();
    chmodSync(path, 0o644);
    openDatabase(path).close();
    expect(statSync(path).mode & 0o777).toBe(0o600);
  });

  it('opens :memory: without touching the file system', () => {
    const before = existsSync(':memory:');
    const db = openDatabase(':memory:');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
    expect(existsSync(':memory:')).toBe(before); // no file named ":memory:" made in the working directory
  });

  it('refuses a file that is not a database, naming it, and leaves it as it was', () => {
    const path = file();
    const junk = Buffer.concat([Buffer.from('not SQLite at all '), Buffer.alloc(4096, 9)]);
    writeFileSync(path, junk);
    expect(() => openDatabase(path)).toThrow(DatabaseOpenError);
    expect(() => openDatabase(path)).toThrow(`cannot open its database ${path}: `);
    expect(readFileSync(path).equals(junk)).toBe(true);
  });
});
