/**
 * Reads the per-field messages a failed write carries: INVALID_INPUT and CONFLICT errors may have
 * `details.fields`, a map from a field's dotted path to its message. Anything else yields no fields.
 */
import { z } from 'zod';
import type { SwitchboardError } from '../../../../shared/contract';

const detailsSchema = z.object({ fields: z.record(z.string(), z.string()) });

export function fieldErrorsOf(error: SwitchboardError): Record<string, string> {
  if (error.code !== 'INVALID_INPUT' && error.code !== 'CONFLICT') return {};
  const parsed = detailsSchema.safeParse(error.details);
  return parsed.success ? parsed.data.fields : {};
}
