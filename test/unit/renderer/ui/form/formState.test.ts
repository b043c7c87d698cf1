/** The form's validation and state transitions: which errors show when, and what a failed write leaves. */
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { scheduleJobInput } from '../../../../../src/shared/contract';
import {
  initialFormState,
  setField,
  setFieldText,
  submitTried,
  visibleFieldError,
  visibleFormError,
  writeFailed,
  writeStarted,
  writeSucceeded,
} from '../../../../../src/renderer/src/ui/form/formState';
import { firstInvalidField, validateFields } from '../../../../../src/renderer/src/ui/form/validateFields';

const empty = { name: '', command: '' };

describe('validateFields', () => {
  it("gives the schema's own first message per field", () => {
    expect(validateFields(scheduleJobInput, empty)).toEqual({ fields: { name: 'name is required', command: 'command is required' }, form: undefined });
    expect(validateFields(scheduleJobInput, { name: 'tests', command: 'npm test' })).toEqual({ fields: {}, form: undefined });
  });

  it('sends messages about the input as a whole to the form', () => {
    const schema = z.object({ from: z.string(), to: z.string() }).refine((v) => v.from !== v.to, 'from and to must differ');
    expect(validateFields(schema, { from: 'a', to: 'a' })).toEqual({ fields: {}, form: 'from and to must differ' });
  });
});

describe('firstInvalidField', () => {
  it('picks the first invalid field in document order, not schema order', () => {
    expect(firstInvalidField(['command', 'name', ''], { name: 'x', command: 'y' })).toBe('command');
    expect(firstInvalidField(['name', 'command'], { command: 'y' })).toBe('command');
    expect(firstInvalidField(['name'], {})).toBeUndefined();
  });
});

describe('form state', () => {
  const local = (state: { values: typeof empty }) => validateFields(scheduleJobInput, state.values);

  it('shows a field error only once the field is touched, or after a submit was tried', () => {
    let state = initialFormState(empty);
    expect(visibleFieldError(state, local(state), 'name')).toBeUndefined();
    state = setFieldText(state, 'name', ' ');
    expect(state.values).toEqual({ name: ' ', command: '' });
    expect(visibleFieldError(state, local(state), 'name')).toBe('name is required');
    expect(visibleFieldError(state, local(state), 'command')).toBeUndefined();
    state = submitTried(state);
    expect(visibleFieldError(state, local(state), 'command')).toBe('command is required');
    state = setField(state, 'name', 'tests');
    expect(visibleFieldError(state, local(state), 'name')).toBeUndefined();
  });

  it("shows the server's message beside its field until that field is edited", () => {
    let state = writeStarted(setField(setField(initialFormState(empty), 'name', 'tests'), 'command', 'npm test'));
    expect(state.busy).toBe(true);
    state = writeFailed(state, { fields: { name: 'already scheduled', command: 'not allowed' }, form: undefined });
    expect(state.busy).toBe(false);
    expect(visibleFieldError(state, local(state), 'name')).toBe('already scheduled');
    state = setFieldText(state, 'name', 'tests-2');
    expect(visibleFieldError(state, local(state), 'name')).toBeUndefined();
    expect(visibleFieldError(state, local(state), 'command')).toBe('not allowed');
  });

  it('shows a message naming no field above the form, and clears it when a new write starts', () => {
    let state = writeFailed(writeStarted(initialFormState(empty)), { fields: {}, form: 'Not signed in' });
    expect(visibleFormError(state, local(state))).toBe('Not signed in');
    state = writeStarted(state);
    expect(visibleFormError(state, local(state))).toBeUndefined();
    expect(writeSucceeded(state).busy).toBe(false);
  });
});
