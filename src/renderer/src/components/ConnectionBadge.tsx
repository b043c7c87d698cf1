/**
 * The connection state in the top bar. The visible badge counts reconnect attempts; the screen-reader announcement
 * names only the state, so each retry does not make noise.
 */
import type { ClientStatus } from '../sync/createSyncClient';
import { useConnectionStore } from '../stores/connection/useConnectionStore';

const labels: Record<ClientStatus, string> = {
  live: 'Live',
  connecting: 'Connecting…',
  reconnecting: 'Reconnecting…',
  offline: 'Offline',
  closed: 'Offline',
};

export function connectionLabel(status: ClientStatus, attempt: number): string {
  return status === 'reconnecting' ? `Reconnecting… (attempt ${attempt})` : labels[status];
}

export function ConnectionBadge() {
  const status = useConnectionStore((s) => s.status);
  const attempt = useConnectionStore((s) => s.attempt);
  return (
    <>
      <span className="connection-badge" data-testid="connection-state" data-status={status}>
        {connectionLabel(status, attempt)}
      </span>
      <span className="visually-hidden" aria-live="polite">
        {`Connection ${labels[status].replace('…', '')}`}
      </span>
    </>
  );
}
