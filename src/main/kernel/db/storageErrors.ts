/**
 * SQLite's faults in words a user can act on: a full disk and I/O errors become typed errors that say nothing was
 * saved (the transaction rolled back) and what to do; a database that cannot be opened stops start-up naming the
 * file, saying it was left untouched, and how to recover.
 */
import { StorageFullError, UnavailableError, type SwitchboardError } from '../../../shared/contract';

/** better-sqlite3's error: SQLite's extended result code in `code`, e.g. `SQLITE_FULL`, `SQLITE_IOERR_WRITE`. */
const sqliteCode = (error: unknown): string | undefined =>
  error instanceof Error && 'code' in error && typeof error.code === 'string' && error.code.startsWith('SQLITE_') ? error.code : undefined;

/** The typed error for a storage fault during a write, or undefined for anything else. */
export function storageFault(error: unknown, file: string): SwitchboardError | undefined {
  const code = sqliteCode(error);
  if (code === 'SQLITE_FULL') return new StorageFullError(`The disk holding ${file} is full: nothing was saved. Free some space and try again.`);
  if (code?.startsWith('SQLITE_IOERR') || code === 'SQLITE_CANTOPEN' || code === 'SQLITE_BUSY') {
    return new UnavailableError(`Switchboard could not write ${file} just now (${code}): nothing was saved. Try again.`);
  }
  return undefined;
}

/** Thrown when the database cannot be opened; its message is the one line start-up prints. */
export class DatabaseOpenError extends Error {
  constructor(file: string, cause: unknown) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    super(
      `Switchboard cannot open its database ${file}: ${reason}. The file was left untouched. ` +
        'Restore it from a backup, or move it aside (with its -wal and -shm files) to start with a fresh one.',
      { cause },
    );
    this.name = 'DatabaseOpenError';
  }
}
