/**
 * Where a form shows a failed write's messages: beside each field the server named, and above the form for the
 * rest (a message naming no field, or a field this form does not have). Pure.
 */
import type { SwitchboardError } from '../../../../shared/contract';
import { fieldErrorsOf } from './fieldErrorsOf';

export interface ServerErrors {
  /** Field name → message, for fields of this form only. */
  fields: Record<string, string>;
  form: string | undefined;
}

export function serverErrorsFor(error: SwitchboardError, fieldNames: readonly string[]): ServerErrors {
  const known = new Set(fieldNames);
  const fields: Record<string, string> = {};
  const elsewhere: string[] = [];
  for (const [path, message] of Object.entries(fieldErrorsOf(error))) {
    // `resources.cpus` belongs beside the `resources` field; '_' is the server's name for the input as a whole.
    const field = path.split('.')[0] ?? path;
    if (known.has(field)) {
      // A conflict's own message names what is taken ("An agent named x is already registered"), which says
      // more than its terse field note.
      fields[field] ??= error.code === 'CONFLICT' ? error.message : message;
    } else if (path !== '_') {
      elsewhere.push(`${path}: ${message}`);
    }
  }
  if (Object.keys(fields).length === 0) return { fields, form: error.message };
  return { fields, form: elsewhere.length > 0 ? elsewhere.join('; ') : undefined };
}
