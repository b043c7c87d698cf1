/** Migrations run once each, in order, each in its own transaction; a duplicate id stops start-up. */
import { afterEach, describe, expect, it } from 'vitest';
import { migrate } from '../../../../src/main/kernel/db/migrate';
import { openDatabase, type Db } from '../../../../src/main/kernel/db/openDatabase';

describe('migrate', () => {
  let db: Db;
  afterEach(() => db.close());

  it('applies each migration once, in order, recording when; a later run applies only the new ones', () => {
    db = openDatabase(':memory:');
    const first = [
      { id: 'a/001', sql: 'CREATE TABLE a (x INTEGER) STRICT;' },
      { id: 'a/002', sql: 'INSERT INTO a VALUES (1);' },
    ];
    expect(migrate(db, first)).toEqual(['a/001', 'a/002']);
    expect(migrate(db, [...first, { id: 'a/003', sql: 'INSERT INTO a VALUES (2);' }])).toEqual(['a/003']);
    expect(migrate(db, first)).toEqual([]);
    expect(db.prepare('SELECT x FROM a ORDER BY x').pluck().all()).toEqual([1, 2]);
    const recorded = db.prepare<[], { id: string; applied_at: string }>('SELECT id, applied_at FROM schema_migrations ORDER BY id').all();
    expect(recorded.map((r) => r.id)).toEqual(['a/001', 'a/002', 'a/003']);
    expect(Number.isNaN(Date.parse(recorded[0]!.applied_at))).toBe(false);
  });

  it('rolls a failing migration back whole and does not record it', () => {
    db = openDatabase(':memory:');
    expect(() => migrate(db, [{ id: 'b/001', sql: 'CREATE TABLE b (x INTEGER); INSERT INTO nope VALUES (1);' }])).toThrow(/nope/);
    expect(db.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'b'").pluck().get()).toBe(0);
    expect(migrate(db, [{ id: 'b/001', sql: 'CREATE TABLE b (x INTEGER);' }])).toEqual(['b/001']);
  });

  it('refuses a list that names one id twice, before running the second', () => {
    db = openDatabase(':memory:');
    expect(() =>
      migrate(db, [
        { id: 'c/001', sql: 'CREATE TABLE c (x INTEGER);' },
        { id: 'c/001', sql: 'CREATE TABLE d (x INTEGER);' },
      ]),
    ).toThrow('Duplicate migration id c/001');
    expect(db.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'd'").pluck().get()).toBe(0);
  });
});
