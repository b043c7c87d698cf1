/**
 * A titled side panel holding a form: a right-hand sheet (full width below 760 px), modal, opened by the caller.
 * Escape, the close button or a click beside it closes it; focus moves in on open and back to the opener on close.
 * The footer's submit button shows a write in flight; a message about the form as a whole shows above it.
 */
import { useId, useRef, type FormEvent, type ReactNode } from 'react';
import { SubmitButton } from './SubmitButton';
import { useDialogFocus } from './useDialogFocus';
import './form.css';

interface Props {
  open: boolean;
  title: string;
  onClose(): void;
  onSubmit(event: FormEvent<HTMLFormElement>): void;
  submitLabel: string;
  busy: boolean;
  /** A message about the whole form, e.g. useZodForm's `formError`. */
  formError?: string | undefined;
  /** Why the form cannot be sent now (e.g. useCanWrite's `reason` while not Live): disables submit, as its tooltip. */
  submitBlocked?: string | undefined;
  children: ReactNode;
  testId?: string;
}

export function FormPanel({ open, title, onClose, onSubmit, submitLabel, busy, formError, submitBlocked, children, testId }: Props) {
  const titleId = useId();
  const panelRef = useRef<HTMLElement>(null);
  useDialogFocus(panelRef, open, onClose);
  if (!open) return null;
  return (
    <div className="ui-panel-layer">
      <div className="ui-panel-backdrop" aria-hidden="true" onClick={onClose} />
      <section ref={panelRef} className="ui-panel" role="dialog" aria-modal="true" aria-labelledby={titleId} tabIndex={-1} data-testid={testId}>
        <header className="ui-panel-header">
          <h2 id={titleId} className="ui-panel-title">
            {title}
          </h2>
          <button type="button" className="button button-quiet ui-panel-close" aria-label={`Close ${title}`} onClick={onClose}>
            <span aria-hidden="true">×</span>
          </button>
        </header>
        <form className="ui-panel-form" onSubmit={onSubmit} noValidate aria-labelledby={titleId}>
          <div className="ui-panel-body">{children}</div>
          <footer className="ui-panel-footer">
            <p className="ui-form-error" role="alert" data-testid={testId && `${testId}-error`}>
              {formError ?? ''}
            </p>
            <button type="button" className="button" onClick={onClose}>
              Cancel
            </button>
            <SubmitButton busy={busy} disabled={submitBlocked !== undefined} title={submitBlocked} testId={testId && `${testId}-submit`}>
              {submitLabel}
            </SubmitButton>
          </footer>
        </form>
      </section>
    </div>
  );
}
