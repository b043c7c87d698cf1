/**
 * Opens Switchboard's single SQLite file with the settings every context relies on:
 * WAL (readers never block the writer), foreign keys on, and a busy timeout for external readers.
 */
import Database from 'better-sqlite3';

export type Db = Database.Database;

export function openDatabase(file: string): Db {
  const db = new Database(file);
  if (file !== ':memory:') db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  // NORMAL is durable in WAL mode across application crashes; only an OS crash can lose the last commits.
  db.pragma('synchronous = NORMAL');
  return db;
}
