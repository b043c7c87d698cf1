/**
 * The toast stack, bottom-right. A polite live region announces new toasts; nothing here ever takes focus.
 * Info toasts leave on their own (see toastsStore); errors and sticky ones stay until dismissed. A toast's link
 * leads to what it is about and dismisses it, since its news has then been read.
 */
import { useStore } from '../../stores/useStore';
import { toastsStore } from './toastsStore';
import './toasts.css';

export function Toasts() {
  const toasts = useStore(toastsStore, (s) => s.toasts);
  const dismiss = useStore(toastsStore, (s) => s.dismiss);
  return (
    <div className="toasts" data-testid="toasts" role="region" aria-label="Notifications" aria-live="polite">
      {toasts.map((toast) => (
        <div key={toast.id} className="toast" data-testid="toast" data-kind={toast.kind} data-sticky={toast.sticky ? 'true' : undefined}>
          <span className="toast-message">
            {toast.message}
            {toast.link && (
              <>
                {' '}
                <a className="toast-link" href={toast.link.href} data-testid="toast-link" onClick={() => dismiss(toast.id)}>
                  {toast.link.label}
                </a>
              </>
            )}
          </span>
          <button type="button" className="toast-dismiss" aria-label="Dismiss" title="Dismiss" onClick={() => dismiss(toast.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
