/**
 * Turns a zod failure into the INVALID_INPUT error forms show beside their fields:
 * `details.fields` maps a dotted path to its first message.
 */
import type { z } from 'zod';
import { InvalidInputError } from '../../../shared/contract';

export function invalidInputFrom(error: z.ZodError, what: string): InvalidInputError {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.') || '_';
    fields[path] ??= issue.message;
  }
  const [first] = error.issues;
  const where = first && first.path.length > 0 ? `${first.path.map(String).join('.')}: ` : '';
  return new InvalidInputError(`Invalid input for ${what}: ${where}${first?.message ?? 'invalid'}`, { fields });
}
