import type { IncomingMessage } from 'node:http';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readJsonBody } from '../../../../src/main/transports/http/readJsonBody';

const body = (...chunks: string[]) => Readable.from(chunks.map((c) => Buffer.from(c))) as unknown as IncomingMessage;

describe('readJsonBody', () => {
  it('parses JSON sent in several chunks, and reads an empty body as undefined', async () => {
    expect(await readJsonBody(body('{"a":', '[1,2]}'))).toEqual({ a: [1, 2] });
    expect(await readJsonBody(body())).toBeUndefined();
  });

  it('accepts a body of exactly the limit and refuses one byte more, counting every chunk', async () => {
    expect(await readJsonBody(body('"12345', '678"'), 10)).toBe('12345678');
    await expect(readJsonBody(body('"12345', '6789"'), 10)).rejects.toMatchObject({ code: 'INVALID_INPUT', message: 'Request body is larger than 10 bytes' });
  });

  it('refuses text that is not JSON with INVALID_INPUT', async () => {
    await expect(readJsonBody(body('{"a":'))).rejects.toMatchObject({ code: 'INVALID_INPUT', message: 'Request body is not valid JSON' });
  });
});
