/**
 * How a call to the host can fail, typed so callers branch on the class: the host could not be reached (retry),
 * the host refused the call (an API error with its HTTP status and error code), or the agent gave up because it is
 * stopping.
 */

/** Connection refused or reset, a timeout, or a 5xx answer: worth retrying with backoff. */
export class HostUnreachableError extends Error {
  override readonly name = 'HostUnreachableError';
}

/** The host answered with a JSON error (`{error: {code, message}}`); retrying the same call will not help. */
export class HostApiError extends Error {
  override readonly name = 'HostApiError';
  readonly status: number;
  readonly code: string;

  constructor(status: number, code: string, message: string) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

/** The agent is stopping and its grace period ran out, or it was told to stop while waiting to retry. */
export class StoppedError extends Error {
  override readonly name = 'StoppedError';
}

export const isConflict = (error: unknown): error is HostApiError => error instanceof HostApiError && error.status === 409;
