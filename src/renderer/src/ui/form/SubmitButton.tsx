/** A form's submit button that shows a write in flight: busy for assistive tech, disabled, with a spinner. */
import type { ReactNode } from 'react';
import './form.css';

interface Props {
  busy: boolean;
  children: ReactNode;
  /** Disabled for another reason than a write in flight. */
  disabled?: boolean;
  /** The tooltip, e.g. why it is disabled. */
  title?: string | undefined;
  testId?: string;
}

export function SubmitButton({ busy, children, disabled, title, testId }: Props) {
  return (
    <button type="submit" className="button button-primary ui-submit" aria-busy={busy || undefined} disabled={busy || disabled} title={title} data-testid={testId}>
      {busy && <span className="ui-submit-spinner" aria-hidden="true" />}
      {children}
    </button>
  );
}
