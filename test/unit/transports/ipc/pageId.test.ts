import { describe, expect, it } from 'vitest';
import { pageId, webContentsIdOf } from '../../../../src/main/transports/ipc/pageId';

describe('pageId', () => {
  it('names a page webContentsId:frameId and reads the webContents id back', () => {
    expect(pageId(12, 3)).toBe('12:3');
    expect(webContentsIdOf(pageId(12, 34))).toBe(12);
  });

  it.each(['ws:3', 'x12:3', '12:3x', '12:', ':3', '12:x', '12'])('gives no webContents id for %s', (id) => {
    expect(webContentsIdOf(id)).toBeUndefined();
  });
});
