/** Reads a request body as JSON, refusing bodies over a limit and text that is not JSON with clear errors. */
import type { IncomingMessage } from 'node:http';
import { InvalidInputError } from '../../../shared/contract';

export async function readJsonBody(req: IncomingMessage, limit = 1 << 20): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw new InvalidInputError(`Request body is larger than ${limit} bytes`);
    chunks.push(chunk);
  }
  if (size === 0) return undefined;
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new InvalidInputError('Request body is not valid JSON');
  }
}
