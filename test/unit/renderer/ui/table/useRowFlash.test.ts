/** When a row flashes, and the attribute that restarts a flash on a second change. */
import { describe, expect, it } from 'vitest';
import { flashAttribute, flashFor } from '../../../../../src/renderer/src/ui/table/useRowFlash';

describe('flashFor', () => {
  it('flashes changed when the version moves and not otherwise', () => {
    expect(flashFor({ version: 't1', failedAt: undefined }, { version: 't2', failedAt: undefined })).toBe('changed');
    expect(flashFor({ version: 't1', failedAt: undefined }, { version: 't1', failedAt: undefined })).toBeNull();
    expect(flashFor({ version: Number.NaN, failedAt: undefined }, { version: Number.NaN, failedAt: undefined })).toBeNull();
  });

  it('flashes failed for a new rollback, even when the version moved too', () => {
    expect(flashFor({ version: 't1', failedAt: undefined }, { version: 't2', failedAt: 5 })).toBe('failed');
    expect(flashFor({ version: 't1', failedAt: 5 }, { version: 't1', failedAt: 5 })).toBeNull();
    expect(flashFor({ version: 't1', failedAt: 5 }, { version: 't1', failedAt: 9 })).toBe('failed');
    expect(flashFor({ version: 't1', failedAt: 5 }, { version: 't1', failedAt: undefined })).toBeNull();
  });
});

describe('flashAttribute', () => {
  it('alternates the animation so a second flash restarts it', () => {
    expect(flashAttribute(null)).toBeUndefined();
    expect(flashAttribute({ kind: 'new', n: 0 })).toBe('new-0');
    expect(flashAttribute({ kind: 'changed', n: 1 })).toBe('changed-1');
    expect(flashAttribute({ kind: 'changed', n: 2 })).toBe('changed-0');
  });
});
