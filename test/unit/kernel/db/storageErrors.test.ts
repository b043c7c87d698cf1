/**
 * SQLite faults in words a user can act on: a full disk and I/O trouble become typed errors saying nothing was
 * saved; anything else is not a storage fault; a database that cannot be opened names the file and the way out.
 */
import { describe, expect, it } from 'vitest';
import { DatabaseOpenError, storageFault } from '../../../../src/main/kernel/db/storageErrors';

const sqlite = (code: unknown) => Object.assign(new Error('sqlite says no'), { code });

describe('storageFault', () => {
  it('turns a full disk into STORAGE_FULL and I/O, cannot-open and busy into UNAVAILABLE, naming file and code', () => {
    expect(storageFault(sqlite('SQLITE_FULL'), '/d/db.sqlite')).toMatchObject({
      code: 'STORAGE_FULL',
      message: 'The disk holding /d/db.sqlite is full: nothing was saved. Free some space and try again.',
    });
    for (const code of ['SQLITE_IOERR', 'SQLITE_IOERR_WRITE', 'SQLITE_CANTOPEN', 'SQLITE_BUSY']) {
      expect(storageFault(sqlite(code), '/d/db.sqlite')).toMatchObject({
        code: 'UNAVAILABLE',
        message: `Switchboard could not write /d/db.sqlite just now (${code}): nothing was saved. Try again.`,
      });
    }
  });

  it('leaves everything else alone: other SQLite codes, codes not from SQLite, non-errors', () => {
    expect(storageFault(sqlite('SQLITE_CONSTRAINT_UNIQUE'), 'f')).toBeUndefined();
    expect(storageFault(sqlite('EIO'), 'f')).toBeUndefined();
    expect(storageFault(sqlite(5), 'f')).toBeUndefined();
    expect(storageFault(new Error('SQLITE_FULL'), 'f')).toBeUndefined();
    expect(storageFault({ code: 'SQLITE_FULL' }, 'f')).toBeUndefined();
  });
});

describe('DatabaseOpenError', () => {
  it('says in one line which file, why, that it was left untouched and how to recover', () => {
    const cause = new Error('file is not a database');
    const error = new DatabaseOpenError('/d/db.sqlite', cause);
    expect(error.name).toBe('DatabaseOpenError');
    expect(error.cause).toBe(cause);
    expect(error.message).toBe(
      'Switchboard cannot open its database /d/db.sqlite: file is not a database. The file was left untouched. ' +
        'Restore it from a backup, or move it aside (with its -wal and -shm files) to start with a fresh one.',
    );
    expect(new DatabaseOpenError('f', 'plain').message).toContain('database f: plain.');
  });
});
