/**
 * How a zod failure becomes the INVALID_INPUT error forms read: `details.fields` maps each dotted path to its first
 * message (`_` for the input as a whole), and the message names what was refused, the first issue's field and its words.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { invalidInputFrom } from '../../../../src/main/kernel/registry/invalidInputFrom';
import { InvalidInputError } from '../../../../src/shared/contract';

const failure = (schema: z.ZodType, value: unknown): z.ZodError => {
  const result = schema.safeParse(value);
  if (result.success) throw new Error('expected the value to be refused');
  return result.error;
};

describe('invalidInputFrom', () => {
  it('names a nested field by its dotted path, in the message and in the fields', () => {
    const error = invalidInputFrom(failure(z.object({ job: z.object({ name: z.string().min(1, 'name is required') }) }), { job: { name: '' } }), 'jobs.schedule');
    expect(error).toBeInstanceOf(InvalidInputError);
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message).toBe('Invalid input for jobs.schedule: job.name: name is required');
    expect(error.details).toEqual({ fields: { 'job.name': 'name is required' } });
  });

  it('writes array indexes into the path as numbers', () => {
    const error = invalidInputFrom(failure(z.object({ steps: z.array(z.string('a step is text')) }), { steps: ['a', 2] }), 'workflows.save');
    expect(error.message).toBe('Invalid input for workflows.save: steps.1: a step is text');
    expect(error.details).toEqual({ fields: { 'steps.1': 'a step is text' } });
  });

  it('files an issue of the whole input under `_`, and names no field in the message', () => {
    const error = invalidInputFrom(failure(z.string('text expected'), 42), 'x');
    expect(error.message).toBe('Invalid input for x: text expected');
    expect(error.details).toEqual({ fields: { _: 'text expected' } });
  });

  it("keeps each field's first message, and names the first issue in the message", () => {
    const schema = z.object({
      name: z.string().min(3, 'name is too short').regex(/^[a-z]+$/, 'name is lowercase letters'),
      size: z.number('size is a number'),
    });
    const error = invalidInputFrom(failure(schema, { name: 'A', size: 'big' }), 'things.make');
    expect(error.message).toBe('Invalid input for things.make: name: name is too short');
    expect(error.details).toEqual({ fields: { name: 'name is too short', size: 'size is a number' } });
  });

  it('says `invalid` for a failure without issues', () => {
    const error = invalidInputFrom(new z.ZodError([]), 'x');
    expect(error.message).toBe('Invalid input for x: invalid');
    expect(error.details).toEqual({ fields: {} });
  });
});
