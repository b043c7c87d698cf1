/**
 * Turns a failed command into a toast that says what happened and what to do next, as UI.md asks of errors.
 * Used by stores that report failures of background or optimistic writes.
 */
import { SwitchboardError } from '../../../../shared/contract';

const hints: Partial<Record<SwitchboardError['code'], string>> = {
  DISPOSED: 'Wait until the connection is Live again, check the row, then retry.',
  NOT_FOUND: 'It was probably changed or removed elsewhere; the table shows its current state.',
  CONFLICT: 'Someone changed it at the same time; check the row and retry.',
  FORBIDDEN: 'Ask an administrator of your organization.',
  UNAUTHENTICATED: 'Reload the window to sign in again.',
};

export function failureMessage(what: string, error: unknown): string {
  const reason = error instanceof Error && error.message !== '' ? error.message : 'Unknown error';
  // The sync client rebuilds every failure as a SwitchboardError; anything else gets the generic advice.
  const hint = (error instanceof SwitchboardError && hints[error.code]) || 'Try again; if it keeps failing, reload the window.';
  return `${what} failed: ${reason}. ${hint}`;
}
