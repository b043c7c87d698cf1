/**
 * Words for the connection state: the badge's label, what a screen reader hears (the state only, so each retry
 * makes no noise), and why writes are off while the window is not Live.
 */
import type { ClientStatus } from '../../sync/createSyncClient';

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

export function connectionAnnouncement(status: ClientStatus): string {
  return `Connection ${labels[status].replace('…', '')}`;
}

/** Why a write button is disabled, or undefined while Live. */
export function writeBlockedReason(status: ClientStatus): string | undefined {
  if (status === 'live') return undefined;
  const state = status === 'offline' || status === 'closed' ? 'Offline' : 'Reconnecting';
  return `${state}: changes can't be saved until Switchboard reconnects`;
}
