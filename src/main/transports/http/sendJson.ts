/** JSON responses and the REST API's error shape `{ error: { code, message, details? } }` with its HTTP status. */
import type { ServerResponse } from 'node:http';
import { toWireError, type ErrorCode } from '../../../shared/contract';

const statusOf: Record<ErrorCode, number> = {
  INVALID_INPUT: 400,
  PROTOCOL: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  DISPOSED: 503,
  STORAGE_FULL: 507,
  UNAVAILABLE: 503,
  INTERNAL: 500,
};

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
    ...headers,
  });
  res.end(text);
}

export function sendError(res: ServerResponse, error: unknown, headers?: Record<string, string>): void {
  const wire = toWireError(error);
  sendJson(res, statusOf[wire.code], { error: wire }, headers);
}
