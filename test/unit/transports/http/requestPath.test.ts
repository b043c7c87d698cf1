import { describe, expect, it } from 'vitest';
import { decodeSegment, requestPath } from '../../../../src/main/transports/http/requestPath';

describe('requestPath', () => {
  it('keeps the raw path before the query or fragment and decodes it', () => {
    expect(requestPath('/api/a%20b?x=%20#y')).toEqual({ raw: '/api/a%20b', decoded: '/api/a b' });
    expect(requestPath('/a//')).toEqual({ raw: '/a//', decoded: '/a//' });
    expect(requestPath(undefined)).toEqual({ raw: '/', decoded: '/' });
  });

  it.each(['//evil.example/x', '*', 'http://evil.example/'])('refuses the target %s, quoting it', (target) => {
    expect(() => requestPath(target)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', message: `Request target must be a path, not "${target}"` }));
  });

  it('quotes at most 64 characters of a refused target or segment', () => {
    const long = `//${'x'.repeat(100)}`;
    expect(() => requestPath(long)).toThrow(`not "${long.slice(0, 64)}"`);
    expect(() => requestPath(long)).not.toThrow(long.slice(0, 65));
    const bad = `%${'y'.repeat(100)}`;
    expect(() => decodeSegment(bad)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', message: `Malformed %-escape in "${bad.slice(0, 64)}"` }));
  });
});
