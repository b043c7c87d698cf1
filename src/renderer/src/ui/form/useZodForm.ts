/**
 * A form over a zod schema: fields typed from the schema's input, validated as you type (once a field is touched)
 * with the schema's own messages, parsed on submit (focusing the first invalid field), and, after a failed write,
 * the server's message beside the field it concerns. Editing a field clears the server's message about it.
 */
import { useCallback, useMemo, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import type { z } from 'zod';
import { SwitchboardError, type Result } from '../../../../shared/contract';
import { initialFormState, setField, setFieldText, submitTried, visibleFieldError, visibleFormError, writeFailed, writeStarted, writeSucceeded, type FieldKey, type TextField } from './formState';
import { serverErrorsFor } from './serverErrorsFor';
import { firstInvalidField, validateFields, type FormSchema } from './validateFields';

/** What a submit handler returns: a store's `tryX()` result, or nothing (a throw counts as a failed write). */
export type SubmitOutcome = Result<unknown> | void;

/** The form a useZodForm call returns. */
export interface ZodForm<S extends FormSchema> {
  values: z.input<S>;
  set<K extends FieldKey<z.input<S>>>(field: K, value: z.input<S>[K]): void;
  /** Props binding a text field to an input: name (for focus on submit), value, onChange. */
  text(field: TextField<z.input<S>>): { name: string; value: string; onChange(event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>): void };
  fieldError(field: FieldKey<z.input<S>>): string | undefined;
  formError: string | undefined;
  touched: Partial<Record<FieldKey<z.input<S>>, boolean>>;
  /** An onSubmit handler: parses, then runs `handler` with the parsed input unless a write is in flight. */
  submit(handler: (input: z.output<S>) => Promise<SubmitOutcome> | SubmitOutcome): (event?: FormEvent<HTMLFormElement>) => void;
  busy: boolean;
  /** Back to the initial values (or `values`), with no errors showing. */
  reset(values?: z.input<S>): void;
}

const asSwitchboardError = (thrown: unknown): SwitchboardError =>
  thrown instanceof SwitchboardError ? thrown : new SwitchboardError('INTERNAL', thrown instanceof Error ? thrown.message : 'Internal error');

/** Focuses the first control of `form`, in document order, whose field has an error. */
function focusFirstInvalid(form: HTMLFormElement | undefined, errors: Readonly<Record<string, string>>): void {
  if (!form) return;
  const names = [...form.elements].map((element) => element.getAttribute('name') ?? '');
  const name = firstInvalidField(names, errors);
  const control = name === undefined ? null : form.elements.namedItem(name);
  if (control instanceof HTMLElement) control.focus();
}

export function useZodForm<S extends FormSchema>(schema: S, initialValues: z.input<S>): ZodForm<S> {
  type V = z.input<S>;
  const initial = useRef(initialValues);
  const [state, setState] = useState(() => initialFormState<V>(initialValues));
  // The state updates asynchronously; this guards against a second submit in the same tick.
  const inFlight = useRef(false);
  const local = useMemo(() => validateFields(schema, state.values), [schema, state.values]);

  const set = useCallback(<K extends FieldKey<V>>(field: K, value: V[K]) => setState((s) => setField(s, field, value)), []);

  const submit = (handler: (input: z.output<S>) => Promise<SubmitOutcome> | SubmitOutcome) => (event?: FormEvent<HTMLFormElement>) => {
    event?.preventDefault();
    if (inFlight.current) return;
    const form = event?.currentTarget;
    const parsed = schema.safeParse(state.values);
    if (!parsed.success) {
      setState(submitTried);
      focusFirstInvalid(form, local.fields);
      return;
    }
    inFlight.current = true;
    setState(writeStarted);
    void (async () => {
      let outcome: SubmitOutcome;
      try {
        outcome = await handler(parsed.data);
      } catch (thrown) {
        outcome = { ok: false, error: asSwitchboardError(thrown) };
      }
      inFlight.current = false;
      if (outcome && !outcome.ok) {
        const errors = serverErrorsFor(outcome.error, Object.keys(initial.current));
        setState((s) => writeFailed(s, errors));
        focusFirstInvalid(form, errors.fields);
      } else {
        setState(writeSucceeded);
      }
    })();
  };

  return {
    values: state.values,
    set,
    text: (field) => {
      const value = state.values[field];
      return {
        name: field,
        value: typeof value === 'string' ? value : '',
        onChange: (event) => setState((s) => setFieldText(s, field, event.target.value)),
      };
    },
    fieldError: (field) => visibleFieldError(state, local, field),
    formError: visibleFormError(state, local),
    touched: state.touched,
    submit,
    busy: state.busy,
    reset: (values) => {
      inFlight.current = false;
      setState(initialFormState(values ?? initial.current));
    },
  };
}
