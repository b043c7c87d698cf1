/**
 * The state behind useZodForm and its transitions, as pure functions: what was typed, which fields were touched,
 * the server's messages from the last failed write, and which errors show (a field's own error only once it was
 * touched or a submit was tried; a server message until its field is edited).
 */
import type { ServerErrors } from './serverErrorsFor';
import type { FieldErrors } from './validateFields';

export type FieldKey<V> = Extract<keyof V, string>;

/** Fields whose input type takes text, so an `<input>`'s value can be stored as it is. */
export type TextField<V> = { [K in FieldKey<V>]: string extends V[K] ? K : never }[FieldKey<V>];

export interface FormState<V> {
  values: V;
  touched: Partial<Record<FieldKey<V>, boolean>>;
  server: Partial<Record<string, string>>;
  serverForm: string | undefined;
  /** A submit was tried: every field's error shows, touched or not. */
  submitted: boolean;
  busy: boolean;
}

export const initialFormState = <V>(values: V): FormState<V> => ({
  values,
  touched: {},
  server: {},
  serverForm: undefined,
  submitted: false,
  busy: false,
});

/** Typing in a field touches it and clears the server's message about it. */
export function setField<V extends object, K extends FieldKey<V>>(state: FormState<V>, field: K, value: V[K]): FormState<V> {
  return edited(state, { ...state.values, [field]: value }, field);
}

/** setField for text typed in an input; `TextField` admits only fields whose type takes a string. */
export function setFieldText<V extends object>(state: FormState<V>, field: TextField<V>, text: string): FormState<V> {
  return edited(state, { ...state.values, [field]: text }, field);
}

function edited<V>(state: FormState<V>, values: V, field: FieldKey<V>): FormState<V> {
  const { [field]: _cleared, ...server } = state.server;
  return { ...state, values, touched: { ...state.touched, [field]: true }, server };
}

export const submitTried = <V>(state: FormState<V>): FormState<V> => ({ ...state, submitted: true });

/** A write starts: the last write's messages go, so a retry never shows a stale one. */
export const writeStarted = <V>(state: FormState<V>): FormState<V> => ({ ...state, submitted: true, busy: true, server: {}, serverForm: undefined });

export const writeSucceeded = <V>(state: FormState<V>): FormState<V> => ({ ...state, busy: false });

export const writeFailed = <V>(state: FormState<V>, errors: ServerErrors): FormState<V> => ({
  ...state,
  busy: false,
  server: errors.fields,
  serverForm: errors.form,
});

export function visibleFieldError<V>(state: FormState<V>, local: FieldErrors, field: FieldKey<V>): string | undefined {
  return state.server[field] ?? (state.touched[field] || state.submitted ? local.fields[field] : undefined);
}

export function visibleFormError<V>(state: FormState<V>, local: FieldErrors): string | undefined {
  return state.serverForm ?? (state.submitted ? local.form : undefined);
}
