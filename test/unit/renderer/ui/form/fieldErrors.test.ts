/** Reading a failed write's field messages and placing them: beside a field of the form, or above the form. */
import { describe, expect, it } from 'vitest';
import { ConflictError, InvalidInputError, NotFoundError, SwitchboardError } from '../../../../../src/shared/contract';
import { fieldErrorsOf } from '../../../../../src/renderer/src/ui/form/fieldErrorsOf';
import { serverErrorsFor } from '../../../../../src/renderer/src/ui/form/serverErrorsFor';

describe('fieldErrorsOf', () => {
  it('reads details.fields of INVALID_INPUT and CONFLICT errors', () => {
    expect(fieldErrorsOf(new InvalidInputError('bad', { fields: { hostname: 'too long' } }))).toEqual({ hostname: 'too long' });
    expect(fieldErrorsOf(new ConflictError('taken', { fields: { hostname: 'already registered' } }))).toEqual({ hostname: 'already registered' });
  });

  it('yields nothing for other codes and for details of another shape', () => {
    expect(fieldErrorsOf(new SwitchboardError('INTERNAL', 'boom', { fields: { hostname: 'x' } }))).toEqual({});
    expect(fieldErrorsOf(new InvalidInputError('bad'))).toEqual({});
    expect(fieldErrorsOf(new InvalidInputError('bad', { fields: { hostname: 42 } }))).toEqual({});
    expect(fieldErrorsOf(new InvalidInputError('bad', 'fields'))).toEqual({});
  });
});

describe('serverErrorsFor', () => {
  const fields = ['hostname', 'os', 'resources'];

  it('puts each field message beside its field, the rest of a dotted path ignored', () => {
    const error = new InvalidInputError('Invalid input', { fields: { hostname: 'too long', 'resources.cpus': 'must be positive' } });
    expect(serverErrorsFor(error, fields)).toEqual({ fields: { hostname: 'too long', resources: 'must be positive' }, form: undefined });
  });

  it("shows a conflict's own message beside its field, since it names what is taken", () => {
    const error = new ConflictError('An agent named a1 is already registered', { fields: { hostname: 'already registered' } });
    expect(serverErrorsFor(error, fields)).toEqual({ fields: { hostname: 'An agent named a1 is already registered' }, form: undefined });
  });

  it('sends a message naming no field of this form above the form', () => {
    expect(serverErrorsFor(new NotFoundError('Agent u1 not found'), fields)).toEqual({ fields: {}, form: 'Agent u1 not found' });
    const elsewhere = new InvalidInputError('Invalid input for agents.register: uuid: bad', { fields: { uuid: 'bad', _: 'input' } });
    expect(serverErrorsFor(elsewhere, fields)).toEqual({ fields: {}, form: 'Invalid input for agents.register: uuid: bad' });
  });

  it('keeps messages about unknown fields above the form when others are placed', () => {
    const error = new InvalidInputError('Invalid', { fields: { hostname: 'bad', uuid: 'not a uuid' } });
    expect(serverErrorsFor(error, fields)).toEqual({ fields: { hostname: 'bad' }, form: 'uuid: not a uuid' });
  });
});
