/**
 * The closed set of error codes that cross the wire, and the typed errors built from them.
 * Shared by main and renderer: main throws these, transports ship `{ code, message, details }`, renderers rebuild them.
 */
export const errorCodes = [
  'INVALID_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'DISPOSED',
  'PROTOCOL',
  /** The disk holding the data is full: nothing was saved; reads still work. */
  'STORAGE_FULL',
  /** The data could not be read or written just now (an I/O error): try again. */
  'UNAVAILABLE',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

/** The wire shape of an error. `details` carries field-level messages for forms. */
export interface WireError {
  code: ErrorCode;
  message: string;
  details?: unknown;
}

/** Base class of every domain failure; its `code` decides how transports and the REST API report it. */
export class SwitchboardError extends Error {
  readonly code: ErrorCode;
  readonly details: unknown;

  constructor(code: ErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = new.target.name;
    this.code = code;
    this.details = details;
  }

  toWire(): WireError {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }
}

export class InvalidInputError extends SwitchboardError {
  constructor(message: string, details?: unknown) {
    super('INVALID_INPUT', message, details);
  }
}
export class UnauthenticatedError extends SwitchboardError {
  constructor(message = 'Sign in first') {
    super('UNAUTHENTICATED', message);
  }
}
export class ForbiddenError extends SwitchboardError {
  constructor(message: string) {
    super('FORBIDDEN', message);
  }
}
export class NotFoundError extends SwitchboardError {
  constructor(message: string) {
    super('NOT_FOUND', message);
  }
}
export class ConflictError extends SwitchboardError {
  constructor(message: string, details?: unknown) {
    super('CONFLICT', message, details);
  }
}
export class DisposedError extends SwitchboardError {
  constructor(message = 'The connection was disposed') {
    super('DISPOSED', message);
  }
}
export class ProtocolError extends SwitchboardError {
  constructor(message: string, details?: unknown) {
    super('PROTOCOL', message, details);
  }
}
export class StorageFullError extends SwitchboardError {
  constructor(message: string) {
    super('STORAGE_FULL', message);
  }
}
export class UnavailableError extends SwitchboardError {
  constructor(message: string) {
    super('UNAVAILABLE', message);
  }
}
export class InternalError extends SwitchboardError {
  constructor(message = 'Internal error') {
    super('INTERNAL', message);
  }
}

const byCode: Record<ErrorCode, new (message: string, details?: unknown) => SwitchboardError> = {
  INVALID_INPUT: InvalidInputError,
  UNAUTHENTICATED: UnauthenticatedError,
  FORBIDDEN: ForbiddenError,
  NOT_FOUND: NotFoundError,
  CONFLICT: ConflictError,
  DISPOSED: DisposedError,
  PROTOCOL: ProtocolError,
  STORAGE_FULL: StorageFullError,
  UNAVAILABLE: UnavailableError,
  INTERNAL: InternalError,
};

/** Rebuilds the typed error on the receiving side of a transport. */
export function fromWireError(wire: WireError): SwitchboardError {
  const error = new byCode[wire.code](wire.message, wire.details);
  return error;
}

/**
 * Turns anything thrown into a wire error. Unknown throws become INTERNAL with a generic message,
 * so stacks and internals never leave the main process; callers log the original.
 */
export function toWireError(error: unknown): WireError {
  if (error instanceof SwitchboardError) return error.toWire();
  return { code: 'INTERNAL', message: 'Internal error' };
}

/** `tryX()` results: branch on `ok` instead of catching. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: SwitchboardError };
