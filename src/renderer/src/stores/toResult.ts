/**
 * A write's outcome as a value, for forms that show a failure beside its field instead of as a toast:
 * `{ ok: true, value }` or `{ ok: false, error }` (STYLE §6's `tryX()`).
 */
import type { Result, SwitchboardError } from '../../../shared/contract';

export async function toResult<T>(write: Promise<T>): Promise<Result<T>> {
  try {
    return { ok: true, value: await write };
  } catch (error) {
    // Commands reject only with SwitchboardErrors: the client rebuilds every failure as one.
    return { ok: false, error: error as SwitchboardError };
  }
}
