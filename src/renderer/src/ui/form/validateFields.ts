/**
 * A form's own validation against its zod schema: the schema's first message per top-level field, messages about
 * the input as a whole, and which invalid field comes first on screen. Pure.
 */
import type { z } from 'zod';

/** A schema a form edits: its input is an object of fields. */
export type FormSchema = z.ZodType<unknown, Record<string, unknown>>;

export interface FieldErrors {
  fields: Record<string, string>;
  form: string | undefined;
}

export function validateFields(schema: FormSchema, values: unknown): FieldErrors {
  const result = schema.safeParse(values);
  const fields: Record<string, string> = {};
  let form: string | undefined;
  for (const issue of result.error?.issues ?? []) {
    const field = issue.path[0];
    if (typeof field === 'string') fields[field] ??= issue.message;
    else form ??= issue.message;
  }
  return { fields, form };
}

/** The first of `namesInOrder` (the form's controls, in document order) that has an error. */
export function firstInvalidField(namesInOrder: readonly string[], errors: Readonly<Record<string, string>>): string | undefined {
  return namesInOrder.find((name) => errors[name] !== undefined);
}
