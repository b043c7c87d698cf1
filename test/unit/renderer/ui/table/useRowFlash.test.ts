/** When a row flashes. */
import { describe, expect, it } from 'vitest';
import { flashFor } from '../../../../../src/renderer/src/ui/table/useRowFlash';

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
