/**
 * One labelled form control with its message beside it: the input (or the caller's own control, given the a11y
 * props to spread), `aria-invalid` while it has an error, and the error in a polite live region it points to.
 */
import { useId, type InputHTMLAttributes, type ReactNode } from 'react';
import './form.css';

/** What a custom control spreads to be labelled and described like the default input. */
export interface FieldControl {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string;
}

interface Props extends Omit<InputHTMLAttributes<HTMLInputElement>, 'children' | 'id'> {
  label: string;
  error: string | undefined;
  /** A short note under the control, e.g. "Optional". */
  hint?: ReactNode;
  /** On the input; its message gets `${testId}-error`. */
  testId?: string;
  /** A control other than a text input (a select, a textarea): spread `control` onto it. */
  children?: (control: FieldControl) => ReactNode;
}

export function Field({ label, error, hint, testId, children, className, ...input }: Props) {
  const id = useId();
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const control: FieldControl = {
    id,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': hint ? `${errorId} ${hintId}` : errorId,
  };
  return (
    <div className={className ? `ui-field ${className}` : 'ui-field'}>
      <label htmlFor={id}>{label}</label>
      {children ? children(control) : <input autoComplete="off" spellCheck={false} {...input} {...control} data-testid={testId} />}
      {hint && (
        <span id={hintId} className="ui-field-hint">
          {hint}
        </span>
      )}
      {/* Always in the document, so screen readers hear the message when it appears. */}
      <span id={errorId} className="ui-field-error" data-testid={testId && `${testId}-error`} aria-live="polite">
        {error ?? ''}
      </span>
    </div>
  );
}
