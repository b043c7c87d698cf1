/**
 * The Workflows view's two forms as zod schemas over their text fields: a workflow's steps typed as JSON and checked
 * against the contract's step schemas (a bad kind or field named beside the steps box before anything is sent), and
 * a process's input typed as a JSON object. Pure.
 */
import { z } from 'zod';
import { saveWorkflowInput, startProcessInput } from '../../../../shared/contract';

/** "step 2 (command): a shell step needs a command" from an issue's path inside the steps list. */
function where(path: readonly PropertyKey[]): string {
  const [index, ...rest] = path;
  if (typeof index !== 'number') return '';
  return `step ${index + 1}${rest.length ? ` (${rest.join('.')})` : ''}: `;
}

/** Text that must parse as JSON, then match `schema`; every message goes to this one field. Blank is undefined when `optional`. */
function jsonField<T extends z.ZodType>(schema: T, what: string, optional = false) {
  return z.string().transform((text, ctx): z.output<T> | undefined => {
    if (optional && text.trim() === '') return undefined;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      ctx.addIssue({ code: 'custom', message: `${what} must be JSON: ${error instanceof Error ? error.message : 'unreadable'}` });
      return z.NEVER;
    }
    const parsed = schema.safeParse(value);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) ctx.addIssue({ code: 'custom', message: `${where(issue.path)}${issue.message}` });
      return z.NEVER;
    }
    return parsed.data;
  });
}

export const saveWorkflowForm = z.object({
  name: saveWorkflowInput.shape.name,
  steps: jsonField(saveWorkflowInput.shape.steps, 'Steps').refine((steps) => steps !== undefined),
});

export const exampleSteps = JSON.stringify(
  [
    { name: 'fetch', kind: 'http', url: 'https://example.com/' },
    { name: 'build', kind: 'shell', command: 'echo building; sleep 1; echo done' },
    { name: 'settle', kind: 'delay', ms: 500 },
  ],
  null,
  2,
);

const inputObject = z.record(z.string(), z.unknown(), { error: 'Input must be a JSON object, e.g. {"env": "staging"}' });

export const startProcessForm = z.object({
  workflowId: z.string().regex(/^[1-9]\d*$/, 'Pick a workflow').transform(Number),
  input: jsonField(inputObject, 'Input', true),
  resourceKey: z
    .string()
    .trim()
    .transform((key) => key || undefined)
    .pipe(startProcessInput.shape.resourceKey),
});
