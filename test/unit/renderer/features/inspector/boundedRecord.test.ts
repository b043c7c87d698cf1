/**
 * The inspector's bounded record: whatever batches arrive, it reads as the latest `limit` items in order (checked
 * against a plain array that keeps everything), appending copies at most a chunk, and reading is stable.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { appendToRecord, CHUNK, emptyRecord, oldestInRecord, recordItems, recordSize } from '../../../../../src/renderer/src/features/inspector/boundedRecord';

describe('boundedRecord', () => {
  it('reads as the latest `limit` items of everything appended, oldest first', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3 * CHUNK }), fc.array(fc.integer({ min: 0, max: 2 * CHUNK }), { maxLength: 30 }), (limit, sizes) => {
        let record = emptyRecord<number>(limit);
        const all: number[] = [];
        for (const size of sizes) {
          const batch = Array.from({ length: size }, (_, i) => all.length + i);
          record = appendToRecord(record, batch);
          all.push(...batch);
          const expected = all.slice(Math.max(0, all.length - limit));
          expect(recordItems(record)).toEqual(expected);
          expect(recordSize(record)).toBe(expected.length);
          expect(oldestInRecord(record)).toBe(expected[0]);
          // Whole chunks beyond the limit are let go: at most one chunk's worth is held past it, in chunks that
          // are never empty and never over CHUNK.
          expect(record.held - recordSize(record)).toBeLessThan(CHUNK);
          for (const chunk of record.chunks) expect(chunk.length).toBeGreaterThan(0);
          for (const chunk of record.chunks) expect(chunk.length).toBeLessThanOrEqual(CHUNK);
        }
      }),
    );
  });

  it('copies only the last chunk when appending, and shares the rest with the record before', () => {
    let record = emptyRecord<number>(5000);
    record = appendToRecord(record, Array.from({ length: 3 * CHUNK + 10 }, (_, i) => i));
    const next = appendToRecord(record, [-1]);
    expect(next.chunks.slice(0, 3)).toEqual(record.chunks.slice(0, 3));
    next.chunks.slice(0, 3).forEach((chunk, i) => expect(chunk).toBe(record.chunks[i]));
    expect(next.chunks[3]).not.toBe(record.chunks[3]);
    expect(record.chunks[3]).toHaveLength(10);
  });

  it('answers the same list for the same record, a new one once it changes, and itself for an empty batch', () => {
    const record = appendToRecord(emptyRecord<string>(3), ['a', 'b']);
    expect(recordItems(record)).toBe(recordItems(record));
    expect(appendToRecord(record, [])).toBe(record);
    const next = appendToRecord(record, ['c', 'd']);
    expect(recordItems(next)).toEqual(['b', 'c', 'd']);
    expect(recordItems(record)).toEqual(['a', 'b']);
  });

  it('lets a whole chunk go as soon as the rest hold the limit', () => {
    const full = Array.from({ length: CHUNK }, (_, i) => i);
    const record = appendToRecord(appendToRecord(emptyRecord<number>(CHUNK), full), full.map((i) => i + CHUNK));
    expect(record.chunks).toHaveLength(1);
    expect(record.held).toBe(CHUNK);
    expect(oldestInRecord(record)).toBe(CHUNK);
  });

  it('holds nothing with a limit of zero', () => {
    const record = appendToRecord(emptyRecord<number>(0), [1, 2, 3]);
    expect(recordItems(record)).toEqual([]);
    expect(oldestInRecord(record)).toBeUndefined();
  });
});
