/**
 * Opens Switchboard's single SQLite file with the settings every context relies on: WAL (readers never block the
 * writer), foreign keys on, and a busy timeout for external readers. The file (and so its -wal and -shm, which SQLite
 * creates with the database's mode) is readable by its owner only. A file that is not a readable database stops
 * start-up with a `DatabaseOpenError`, before anything is written to it.
 */
import { chmodSync, closeSync, openSync } from 'node:fs';
import Database from 'better-sqlite3';
import { DatabaseOpenError } from './storageErrors';

export type Db = Database.Database;

export function openDatabase(file: string): Db {
  if (file !== ':memory:') {
    // Created 0600 before SQLite opens it; an existing file made by an older version is tightened too.
    closeSync(openSync(file, 'a', 0o600));
    chmodSync(file, 0o600);
  }
  let db: Db | undefined;
  try {
    db = new Database(file);
    // Reads the schema: a file that is not a database (or is damaged at its start) fails here, before any write.
    db.prepare('SELECT count(*) FROM sqlite_schema').get();
    if (file !== ':memory:') db.pragma('journal_mode = WAL');
  } catch (error) {
    db?.close();
    throw new DatabaseOpenError(file, error);
  }
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  // NORMAL is durable in WAL mode across application crashes; only an OS crash can lose the last commits.
  db.pragma('synchronous = NORMAL');
  return db;
}
