/**
 * The connection state in the top bar: Live, Reconnecting… (attempt n) or Offline, and "Retry now" while not Live.
 * The visible badge counts attempts; the screen-reader announcement names only the state.
 */
import { useStore } from '../../stores/useStore';
import { connectionAnnouncement, connectionLabel } from './connectionLabel';
import { connectionStore } from './connectionStore';
import './connection.css';

export function ConnectionBadge() {
  const status = useStore(connectionStore, (s) => s.status);
  const attempt = useStore(connectionStore, (s) => s.attempt);
  const retryNow = useStore(connectionStore, (s) => s.retryNow);
  const down = status === 'reconnecting' || status === 'offline';
  return (
    <span className="connection">
      <span className="connection-badge" data-testid="connection-state" data-status={status}>
        {connectionLabel(status, attempt)}
      </span>
      {down && (
        <button type="button" className="button button-small" data-testid="connection-retry" onClick={retryNow}>
          Retry now
        </button>
      )}
      <span className="visually-hidden" aria-live="polite">
        {connectionAnnouncement(status)}
      </span>
    </span>
  );
}
