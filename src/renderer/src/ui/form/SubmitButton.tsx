/** A form's submit button that shows a write in flight: busy for assistive tech, disabled, with a spinner. */
import type { ReactNode } from 'react';
import './form.css';

interface Props {
  busy: boolean;
  children: ReactNode;
  /** Disabled for another reason than a write in flight. */
  disabled?: boolean;
  testId?: string;
}

export function SubmitButton({ busy, children, disabled, testId }: Props) {
  return (
    <button type="submit" className="button button-primary ui-submit" aria-busy={busy || undefined} disabled={busy || disabled} data-testid={testId}>
      {busy && <span className="ui-submit-spinner" aria-hidden="true" />}
      {children}
    </button>
  );
}
