/**
 * A modal panel on the native `<dialog>`: it traps focus, Escape closes it (and focus returns where it was), and a
 * click on the backdrop closes it too. Its content is mounted only while open, so whatever it reads attaches then.
 * (Moves to ui/ with the shared kit.)
 */
import { useEffect, useLayoutEffect, useRef, type ReactNode } from 'react';
import './dialog.css';

interface Props {
  open: boolean;
  onClose(): void;
  title: string;
  testId?: string;
  children: ReactNode;
}

export function Dialog({ open, onClose, title, testId, children }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  // The native `close` event arrives a task later: by then another panel may be the open one, which it must not close.
  const isOpen = useRef(open);
  useLayoutEffect(() => {
    isOpen.current = open;
  }, [open]);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    else if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      className="dialog"
      data-testid={testId}
      aria-labelledby={testId ? `${testId}-title` : undefined}
      onClose={() => isOpen.current && onClose()}
      onClick={(event) => {
        // The dialog element itself is hit only on its backdrop: its content fills the box.
        if (event.target === event.currentTarget) onClose();
      }}
    >
      {open && (
        <div className="dialog-body">
          <header className="dialog-header">
            <h2 id={testId ? `${testId}-title` : undefined} className="dialog-title">
              {title}
            </h2>
            <button type="button" className="button button-quiet" aria-label="Close" title="Close (Escape)" onClick={onClose}>
              ×
            </button>
          </header>
          {children}
        </div>
      )}
    </dialog>
  );
}
